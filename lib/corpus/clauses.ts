import { parseDepartments } from './departments';
import type { PendingQualityItem } from './draft';
import { headingOf } from './headings';
import { numberingGaps, type Outline } from './outline';
import type { Clause } from './schema';

export const PREAMBLE = '序言';
export const CLOSING = '结语';

export function clauseId(documentId: string, path: string[]): string {
  return `${documentId}:${path.join('/')}`;
}

/**
 * Clauses of one document in reading order: the preamble, every numbered unit with its own
 * paragraphs (children are clauses of their own), and a closing paragraph. Paragraphs of a
 * unit are joined with a line break; the text is otherwise as printed.
 */
export function toClauses(documentId: string, outline: Outline): { clauses: Clause[]; quality: PendingQualityItem[] } {
  const clauses: Clause[] = [];
  const quality: PendingQualityItem[] = [];
  const add = (path: string[], label: string, heading: string | null, paragraphs: string[]) => {
    const text = paragraphs.join('\n');
    clauses.push({ id: clauseId(documentId, path), documentId, path, label, heading, text, departments: parseDepartments(text), order: clauses.length, related: [] });
  };
  if (outline.preamble.length) add([PREAMBLE], PREAMBLE, null, outline.preamble);
  for (const unit of outline.units) {
    const { heading, inferredFrom } = headingOf(unit.paragraphs);
    const id = clauseId(documentId, unit.path);
    if (inferredFrom) {
      quality.push({ documentId, clauseId: id, kind: 'inferred', message: `The heading runs into the body with no break; the heading is taken to end before 「${inferredFrom.slice(heading!.length, heading!.length + 2)}」. The text is kept as printed.`, before: inferredFrom, after: `${heading} | ${inferredFrom.slice(heading!.length)}` });
    }
    if (heading === null) quality.push({ documentId, clauseId: id, kind: 'flagged', message: 'No heading recognised for this unit.' });
    add(unit.path, unit.label, heading, unit.paragraphs);
  }
  if (outline.closing.length) add([CLOSING], CLOSING, null, outline.closing);
  for (const unit of numberingGaps(outline.units)) {
    quality.push({ documentId, clauseId: clauseId(documentId, unit.path), kind: 'flagged', message: `Numbering gap: ${unit.label} does not follow the previous unit.` });
  }
  for (const doubt of dashDoubts(documentId, clauses)) quality.push(doubt);
  return { clauses, quality };
}

/**
 * `全面开放一一统筹…` next to `突出重点——坚持…`: 一一 (two "one" characters) where sibling
 * paragraphs use a dash is probably a damaged ——. Reported, not changed, since 一一 is also a
 * real word (一一对应).
 */
function dashDoubts(documentId: string, clauses: Clause[]): PendingQualityItem[] {
  return clauses.flatMap((clause) => {
    const paragraphs = clause.text.split('\n');
    if (!paragraphs.some((p) => /^[^\s，,。]{2,8}——/.test(p))) return [];
    return paragraphs
      .filter((p) => /^[^\s，,。]{2,8}一一/.test(p))
      .map((p) => ({ documentId, clauseId: clause.id, kind: 'flagged' as const, message: 'Probably a damaged dash: 一一 where the sibling paragraphs use ——. Kept as printed.', before: p.slice(0, 12) }));
  });
}
