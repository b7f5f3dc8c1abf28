import { mentionLabels, parenLabel } from '../refs/clauseLabel';
import { parseChineseNumeral } from '../text/numerals';

/** A clause named in a query: “江苏 措施 第7条”, “苏州 若干措施 第十三条”, “方案 (十六)”. */
export interface ClauseRef {
  /** Normalised path labels that the named clause's last label may be (第七条 or 7 for 第7条). */
  labels: string[];
  /** Labels of enclosing units also named (第三章 in 第三章第十三条). */
  within: string[][];
  /** What is left of the query: words that should pick the document. */
  documentWords: string[];
}

const NUMERAL = '(\\d{1,3}|[零〇一二两三四五六七八九十百]{1,5})';
const ARTICLE = new RegExp(`第\\s*${NUMERAL}\\s*(条|章|项|节|点)`, 'gu');
const PAREN = new RegExp(`\\(\\s*${NUMERAL}\\s*\\)`, 'gu');

/** 7 or 七; a typed 两 reads as 二 (两百 → 200). */
function numberOf(numeral: string): number | null {
  return /^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumeral(numeral.replace(/两/g, '二'));
}

/** Finds clause references in a folded query (half-width brackets, 简体). */
export function parseClauseRef(folded: string): ClauseRef | null {
  const found: { index: number; length: number; labels: string[] }[] = [];
  for (const m of folded.matchAll(ARTICLE)) {
    const n = numberOf(m[1]!);
    // 第三点 is written for item (三) as 第三项 is.
    if (n) found.push({ index: m.index, length: m[0].length, labels: mentionLabels(m[2] === '点' ? '项' : m[2]!, n)! });
  }
  for (const m of folded.matchAll(PAREN)) {
    const n = numberOf(m[1]!);
    if (n) found.push({ index: m.index, length: m[0].length, labels: [parenLabel(n)] });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.index - b.index);
  let rest = folded;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.index) + ' ' + rest.slice(f.index + f.length);
  return {
    labels: found.at(-1)!.labels,
    within: found.slice(0, -1).map((f) => f.labels),
    documentWords: rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
  };
}
