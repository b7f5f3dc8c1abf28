import type { Note } from './schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Notes as a W3C Web Annotation collection (JSON-LD), for other annotation tools: the comment
 * and each tag are TextualBody bodies, each linked clause a SpecificResource body with the
 * purpose "linking" (urn:policy-lens:clause:<id>), the target carries both selectors. Page titles
 * have no place in that model and are only in the JSON export.
 */
export function exportWebAnnotation(notes: readonly Note[]): string {
  const items = notes.map((note) => {
    const body = [
      ...(note.comment ? [{ type: 'TextualBody', purpose: 'commenting', value: note.comment, format: 'text/plain' }] : []),
      ...note.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
      ...note.clauseIds.map((id) => ({ type: 'SpecificResource', purpose: 'linking', source: linkIri(id) })),
    ];
    return {
      id: annotationIri(note.id),
      type: 'Annotation',
      motivation: note.comment ? 'commenting' : 'highlighting',
      created: note.created,
      modified: note.updated,
      ...(body.length ? { body } : {}),
      target: { source: note.url, selector: [note.quote, note.position] },
    };
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Policy Lens notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

const LINK_PREFIX = 'urn:policy-lens:clause:';

/** A linked clause (or document) id as the IRI a W3C body names. */
export function linkIri(id: string): string {
  return `${LINK_PREFIX}${encodeURIComponent(id)}`;
}

/** The clause id a linking body names, when it is one of ours. */
export function linkIdOf(iri: string): string | null {
  return iri.startsWith(LINK_PREFIX) ? decodeURIComponent(iri.slice(LINK_PREFIX.length)) : null;
}

/** Annotations need an IRI; note ids are UUIDs when the extension made them. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:policy-lens:note:${encodeURIComponent(id)}`;
}
