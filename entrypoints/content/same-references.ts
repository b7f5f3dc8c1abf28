import type { Reference } from '@/lib/detect/reference';
import type { PlacedReference } from './reference-index';

/**
 * A reference found again where it was, naming the same thing, keeps its object when the page
 * is read again whole (new text named more of the library, say): the pointer resting on it and
 * its open popover are still on "the same" reference, and nothing is reopened under the reader.
 */
export function keepSameReferences(found: PlacedReference[], previous: readonly PlacedReference[]): PlacedReference[] {
  if (previous.length === 0) return found;
  const byNode = new Map<Node, PlacedReference[]>();
  for (const placed of previous) {
    const list = byNode.get(placed.range.startContainer);
    if (list) list.push(placed);
    else byNode.set(placed.range.startContainer, [placed]);
  }
  return found.map(
    (placed) =>
      byNode.get(placed.range.startContainer)?.find(
        (old) =>
          old.range.startOffset === placed.range.startOffset &&
          old.range.endContainer === placed.range.endContainer &&
          old.range.endOffset === placed.range.endOffset &&
          sameTarget(old.reference, placed.reference),
      ) ?? placed,
  );
}

/** What a reference names and how it reads; its offsets are into whichever text was scanned. */
function sameTarget(a: Reference, b: Reference): boolean {
  return (
    a.kind === b.kind &&
    a.text === b.text &&
    a.documentId === b.documentId &&
    a.citedId === b.citedId &&
    a.clauseId === b.clauseId &&
    a.docNumber === b.docNumber &&
    a.unknown === b.unknown &&
    (a.candidates ?? []).join('\u0000') === (b.candidates ?? []).join('\u0000')
  );
}
