import { clauseId } from '../corpus/clauses';
import type { Clause } from '../corpus/schema';
import { foldKey } from '../text/fold';

/**
 * Headings that open or close a policy document by the genre's convention, whatever its subject;
 * the statistics below find the others.
 */
const FRAME_HEADINGS = new Set(['总体要求', '指导思想', '基本原则', '工作目标', '主要目标', '发展目标', '保障措施', '组织实施', '组织领导', '加强组织领导', '总则', '附则']);

/**
 * Frame clauses carry a document's formulas rather than a measure: top-level sections whose
 * heading recurs verbatim in other documents (总体要求, 主要目标, 保障措施; measures are numbered
 * inside sections and worded per document), units with a conventional frame heading, and the
 * unheaded text before the first or after the last numbered unit. A section heading found in at
 * least half of the documents (总体要求) is formula through and through, so the units inside it
 * are frame as well. Returns the indexes of frame clauses.
 */
export function frameClauses(clauses: readonly Clause[], documentCount: number): Set<number> {
  const docsByHeading = new Map<string, Set<string>>();
  const lastOrder = new Map<string, number>();
  const key = (c: Clause) => (c.heading && c.path.length === 1 ? foldKey(c.heading) : null);
  for (const c of clauses) {
    const k = key(c);
    if (k) docsByHeading.set(k, (docsByHeading.get(k) ?? new Set()).add(c.documentId));
    lastOrder.set(c.documentId, Math.max(lastOrder.get(c.documentId) ?? 0, c.order));
  }
  const recurring = (c: Clause, min: number) => {
    const k = key(c);
    return k !== null && docsByHeading.get(k)!.size >= min;
  };
  const enclosing = new Set(clauses.filter((c) => recurring(c, Math.max(2, documentCount / 2))).map((c) => c.id));
  const frame = new Set<number>();
  clauses.forEach((c, i) => {
    const atEdge = c.order === 0 || c.order === lastOrder.get(c.documentId);
    const conventional = c.heading !== null && FRAME_HEADINGS.has(foldKey(c.heading));
    if ((c.heading === null && atEdge) || conventional || recurring(c, 2) || enclosing.has(clauseId(c.documentId, c.path.slice(0, 1)))) frame.add(i);
  });
  return frame;
}

const MIN_BODY = 8;

/** False for a section unit that holds only its own title: nothing of substance to point a reader to. */
export function hasBody(c: Clause): boolean {
  const body = c.heading ? c.text.replace(c.heading, '') : c.text;
  return (body.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_BODY;
}
