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
 * and only the longest form of overlapping ones is kept. `snapped` remembers snapToWords over
 * `textA` for the next call with the same clause: its terms recur across its related list.
 */
export function sharedTerms(a: Vector, b: Vector, textA: string, textB: string, snapped = new Map<string, string | null>()): string[] {
  const shared = [...a.terms.keys()]
    .filter((t) => b.terms.has(t))
    .sort((x, y) => a.terms.get(y)! * b.terms.get(y)! - a.terms.get(x)! * b.terms.get(x)! || (x < y ? -1 : 1));
  const kept: string[] = [];
  for (const t of shared) {
    const widened = widen(t, textA, textB);
    let wide = snapped.get(widened);
    if (wide === undefined) snapped.set(widened, (wide = snapToWords(widened, textA)));
    if (!wide) continue;
    if (kept.some((k) => k.includes(wide) || wide.includes(k))) continue;
    kept.push(wide);
    if (kept.length === SHOWN_TERMS) break;
  }
  return kept;
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });
const CONTEXT = 8;

/**
 * Trims a shared string to whole words of `text`, without leading one-character words:
 * 区域临床 and 领域临床 share 域临床, 去中心化临床试验 gives 化临床试验; a reader should see
 * 临床 and 临床试验. (A trailing one-character word usually belongs to the word before it, as
 * in 委员|会, so it stays.) Null when no word of two characters or more is left.
 */
export function snapToWords(term: string, text: string): string | null {
  const at = text.indexOf(term);
  if (at < 0) return term;
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(text.length, at + term.length + CONTEXT);
  const inside = [...words.segment(text.slice(from, to))]
    .map(({ index, segment }) => ({ start: from + index, end: from + index + segment.length }))
    .filter((w) => w.start >= at && w.end <= at + term.length);
  while (inside.length > 1 && inside[0]!.end - inside[0]!.start === 1) inside.shift();
  const start = inside[0]?.start ?? at;
  const end = inside.at(-1)?.end ?? at;
  return end - start >= 2 ? text.slice(start, end) : null;
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
