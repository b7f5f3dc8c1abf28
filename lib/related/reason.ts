import type { RelatedClause } from '../corpus/schema';
import { EDGE_STOP } from './terms';
import type { Vector } from './vectors';

export interface ReasonParts {
  kind: RelatedClause['reason']['kind'];
  terms: readonly string[];
  departments: readonly string[];
  /** Set when the two documents are linked by a relation stated in the texts. */
  citation: { direction: 'upper' | 'lower'; title: string } | null;
}

/** One line a reader understands, e.g. `共同关键词：临床试验、伦理审查；共同责任部门：药监局`. */
export function describeReason({ kind, terms, departments, citation }: ReasonParts): string {
  const parts: string[] = [];
  if (kind === 'citation' && citation)
    parts.push(`${citation.direction === 'upper' ? '上位文件' : '下位文件'}《${citation.title}》`);
  if (terms.length > 0) parts.push(`共同关键词：${terms.join('、')}`);
  if (departments.length > 0) parts.push(`共同责任部门：${departments.join('、')}`);
  return parts.join('；');
}

const SHOWN_TERMS = 4;
const MAX_SHOWN_LENGTH = 8;
const WORD_CHAR = /\p{Script=Han}|[A-Za-z0-9]/u;

/**
 * The shared terms that weigh most, as a reader would name them: each is widened to the longest
 * string both clauses share around it (a derived term can start mid-word: 理委员会 → 伦理委员会),
 * and only the longest form of overlapping ones is kept.
 */
export function sharedTerms(a: Vector, b: Vector, textA: string, textB: string): string[] {
  const shared = [...a.terms.keys()]
    .filter((t) => b.terms.has(t))
    .sort((x, y) => a.terms.get(y)! * b.terms.get(y)! - a.terms.get(x)! * b.terms.get(x)! || (x < y ? -1 : 1));
  const kept: string[] = [];
  for (const t of shared) {
    const wide = widen(t, textA, textB);
    if (kept.some((k) => k.includes(wide) || wide.includes(k))) continue;
    kept.push(wide);
    if (kept.length === SHOWN_TERMS) break;
  }
  return kept;
}

function widen(term: string, a: string, b: string): string {
  let ia = a.indexOf(term);
  let ib = b.indexOf(term);
  if (ia < 0 || ib < 0) return term;
  let length = term.length;
  const joins = (x: string | undefined, y: string | undefined) =>
    x !== undefined && x === y && WORD_CHAR.test(x) && !EDGE_STOP.has(x);
  while (length < MAX_SHOWN_LENGTH && joins(a[ia - 1], b[ib - 1])) {
    ia--;
    ib--;
    length++;
  }
  while (length < MAX_SHOWN_LENGTH && joins(a[ia + length], b[ib + length])) length++;
  return a.slice(ia, ia + length);
}
