import { z } from 'zod';
import { linkIdOf } from './web-annotation';
import { NoteSchema, TextPositionSelectorSchema, TextQuoteSelectorSchema, type Note } from './schema';

/**
 * Reads W3C Web Annotation JSON-LD (a collection as exported here or by other tools, a page of
 * annotations, a list or one annotation) into notes. Only text annotations that carry both a
 * quote and a position selector become notes: that is what re-anchoring needs. zod checks every
 * part, so a bad file is rejected with the path of the problem and nothing is written.
 */

const BodySchema = z.object({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().optional(),
  source: z.string().optional(),
});
const SelectorSchema = z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema, z.object({ type: z.string() })]);

const AnnotationSchema = z.object({
  id: z.string().min(1),
  type: z.literal('Annotation'),
  created: z.iso.datetime(),
  modified: z.iso.datetime().optional(),
  body: z.union([BodySchema, z.array(BodySchema)]).optional(),
  target: z.object({
    source: z.string().url(),
    selector: z.union([SelectorSchema, z.array(SelectorSchema)]),
  }),
});
type Annotation = z.infer<typeof AnnotationSchema>;

const FileSchema = z.union([
  z.object({ type: z.literal('AnnotationCollection'), first: z.object({ items: z.array(AnnotationSchema) }) }),
  z.object({ type: z.literal('AnnotationPage'), items: z.array(AnnotationSchema) }),
  z.array(AnnotationSchema),
  AnnotationSchema,
]);

/** Whether parsed JSON looks like Web Annotation rather than this extension's own export. */
export function isWebAnnotation(json: unknown): boolean {
  const typed = (value: unknown) => typeof value === 'object' && value !== null && ['Annotation', 'AnnotationCollection', 'AnnotationPage'].includes((value as { type?: unknown }).type as string);
  return (typeof json === 'object' && json !== null && '@context' in json) || typed(json) || (Array.isArray(json) && json.length > 0 && typed(json[0]));
}

export type WebAnnotationParse = { ok: true; notes: Note[] } | { ok: false; issues: z.ZodError | string };

export function parseWebAnnotation(json: unknown): WebAnnotationParse {
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: parsed.error };
  const file = parsed.data;
  const annotations = Array.isArray(file) ? file : 'first' in file ? file.first.items : 'items' in file ? file.items : [file];
  const notes: Note[] = [];
  for (const [i, annotation] of annotations.entries()) {
    const note = toNote(annotation);
    if (!note) return { ok: false, issues: `${i}.target.selector: a TextQuoteSelector and a TextPositionSelector are both needed` };
    // The same bounds and http(s)-only rule as this extension's own export.
    const checked = NoteSchema.safeParse(note);
    if (!checked.success) return { ok: false, issues: `${i}: ${checked.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}` };
    notes.push(checked.data);
  }
  return { ok: true, notes };
}

function toNote(annotation: Annotation): Note | null {
  const selectors = [annotation.target.selector].flat();
  const quote = selectors.map((s) => TextQuoteSelectorSchema.safeParse(s)).find((r) => r.success)?.data;
  const position = selectors.map((s) => TextPositionSelectorSchema.safeParse(s)).find((r) => r.success)?.data;
  if (!quote || !position) return null;
  const bodies = annotation.body === undefined ? [] : [annotation.body].flat();
  const texts = (purpose: string) => bodies.filter((b) => b.purpose === purpose && b.value !== undefined).map((b) => b.value!);
  const url = new URL(annotation.target.source);
  url.hash = '';
  return {
    id: noteId(annotation.id),
    url: url.href,
    pageTitle: '',
    quote,
    position,
    // A body without a purpose is a comment in most tools (Hypothesis writes none).
    comment: [...texts('commenting'), ...bodies.filter((b) => b.purpose === undefined && b.value !== undefined).map((b) => b.value!)].join('\n\n'),
    tags: texts('tagging').filter(Boolean),
    clauseIds: bodies.flatMap((b) => (b.purpose === 'linking' && b.source ? [linkIdOf(b.source)].filter((id): id is string => id !== null) : [])),
    created: annotation.created,
    updated: annotation.modified ?? annotation.created,
  };
}

/** The note id an annotation IRI stands for: the UUID of urn:uuid:…, ours, or the IRI itself. */
function noteId(iri: string): string {
  if (/^urn:uuid:/i.test(iri)) return iri.slice('urn:uuid:'.length).toLowerCase();
  if (iri.startsWith('urn:policy-lens:note:')) return decodeURIComponent(iri.slice('urn:policy-lens:note:'.length));
  return iri;
}
