import type { Reference } from './detect/reference';

/**
 * The library's own texts cite other documents and clauses; shown in the popover, the popup or
 * the library, those citations become links inside the extension. This cuts a text into plain
 * runs and runs that open a held clause or document, or what is known of a document the corpus
 * only cites (000's notice names the State Council's approval, which the library does not hold).
 * Unknown 文号 and look-alikes the text does not tell apart stay plain text.
 */
export type LinkTarget = { kind: 'clause' | 'document' | 'cited'; id: string };
export type TextSegment = { text: string; target?: LinkTarget };

export function linkSegments(text: string, references: readonly Reference[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const reference of [...references].sort((a, b) => a.start - b.start)) {
    const target = targetOf(reference);
    if (!target || reference.start < at || reference.end > text.length) continue;
    if (reference.start > at) segments.push({ text: text.slice(at, reference.start) });
    segments.push({ text: text.slice(reference.start, reference.end), target });
    at = reference.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}

function targetOf(reference: Reference): LinkTarget | null {
  if (reference.clauseId) return { kind: 'clause', id: reference.clauseId };
  if (reference.documentId) return { kind: 'document', id: reference.documentId };
  if (reference.citedId) return { kind: 'cited', id: reference.citedId };
  return null;
}
