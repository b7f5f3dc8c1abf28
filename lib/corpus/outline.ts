import { simplify } from '../text/simplify';
import { parseChineseNumeral } from '../text/numerals';

/**
 * Numbered units of Chinese policy texts. Numbering restarts inside sections (002 #1 has a
 * (一) under 三 and another under 四), so a unit is addressed by its path of normalised labels.
 */
export type UnitKind = 'annex' | 'part' | 'chapter' | 'division' | 'article' | 'section' | 'paren' | 'item' | 'subitem' | 'circled';

export interface UnitLabel {
  kind: UnitKind;
  /** As printed, e.g. `（一）`, `1﹒`, `第三条`, `一、`. */
  printed: string;
  /** Normalised path label: `一`, `(一)`, `7`, `第三条` (简体). */
  key: string;
  number: number;
  /** The paragraph after the label. */
  rest: string;
}

export interface OutlineUnit {
  kind: UnitKind;
  path: string[];
  label: string;
  number: number;
  /** The unit's own paragraphs (the first without its label); nested units are separate. */
  paragraphs: string[];
}

export interface Outline {
  /** Unnumbered paragraphs before the first unit. */
  preamble: string[];
  units: OutlineUnit[];
  /** Unnumbered paragraphs after the last run-in unit (e.g. 000's implementation paragraph). */
  closing: string[];
}

const NUMERAL = '[一二三四五六七八九十百零〇]+';

// Rank decides nesting: a unit closes every open unit of the same or a lower rank. The order
// is GB/T 9704's (一、 → （一） → 1. → （1）) under the 编/章/节/条 of regulations; 附件 close everything.
const RANK: Record<UnitKind, number> = { annex: 0, part: 1, chapter: 2, division: 3, article: 4, section: 5, paren: 6, item: 7, subitem: 8, circled: 9 };

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const PATTERNS: { kind: UnitKind; re: RegExp; key: (numeral: string) => string; value?: (numeral: string) => number | null }[] = [
  // `附件`, `附件1`, `附件2：` on a line of their own open an annex; `附件：1.…` (the list of annexes) does not.
  { kind: 'annex', re: /^附\s*件\s*(\d{0,2})\s*[:：]?\s*$/, key: (n) => `附件${n}`, value: (n) => (n ? Number(n) : 1) },
  { kind: 'part', re: new RegExp(`^第(${NUMERAL})[编編](?![^\\s]{0,3}[号號])`), key: (n) => `第${n}编` },
  { kind: 'chapter', re: new RegExp(`^第(${NUMERAL})[章]`), key: (n) => `第${n}章` },
  { kind: 'division', re: new RegExp(`^第(${NUMERAL})[节節](?=\\s|$)`), key: (n) => `第${n}节` },
  { kind: 'article', re: new RegExp(`^第(${NUMERAL})[条條]`), key: (n) => `第${n}条` },
  { kind: 'section', re: new RegExp(`^(${NUMERAL})\\s*、`), key: (n) => n },
  { kind: 'paren', re: new RegExp(`^[(（](${NUMERAL})[)）]`), key: (n) => `(${n})` },
  // `1.5亿元` is a number, not an item: the separator must not be a decimal point.
  { kind: 'item', re: /^(\d{1,3})\s*[.．﹒、](?!\d)/, key: (n) => n, value: Number },
  { kind: 'subitem', re: /^[(（](\d{1,3})[)）]/, key: (n) => `(${n})`, value: Number },
  { kind: 'circled', re: new RegExp(`^([${CIRCLED}])`), key: (n) => n, value: (n) => CIRCLED.indexOf(n) + 1 },
];

/** The numbered label opening a paragraph, or null. */
export function recogniseLabel(paragraph: string): UnitLabel | null {
  for (const { kind, re, key, value } of PATTERNS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const numeral = m[1]!;
    const number = value ? value(numeral) : parseChineseNumeral(numeral);
    if (number === null) continue;
    return { kind, printed: m[0], key: simplify(key(numeral)), number, rest: paragraph.slice(m[0].length).trimStart() };
  }
  return null;
}

/** A paragraph that is only a heading: short, one phrase, at most a final 。. */
export function isStandaloneHeading(paragraph: string): boolean {
  const body = paragraph.replace(/[。.]$/, '');
  return body.length > 0 && body.length <= 40 && !/[。;；]/.test(body);
}

export function buildOutline(paragraphs: string[]): Outline {
  const preamble: string[] = [];
  const units: OutlineUnit[] = [];
  const open: OutlineUnit[] = [];
  for (const paragraph of paragraphs) {
    const label = recogniseLabel(paragraph);
    if (!label) {
      const current = open.at(-1);
      if (current) current.paragraphs.push(paragraph);
      else preamble.push(paragraph);
      continue;
    }
    while (open.length && RANK[open.at(-1)!.kind] >= RANK[label.kind]) open.pop();
    const unit: OutlineUnit = {
      kind: label.kind,
      path: [...(open.at(-1)?.path ?? []), label.key],
      label: label.printed.trim(),
      number: label.number,
      paragraphs: [label.rest],
    };
    units.push(unit);
    open.push(unit);
  }
  return { preamble, units, closing: detachClosing(units) };
}

/**
 * In run-in documents every unit is one paragraph (heading and body together), so an extra
 * paragraph after the last unit belongs to the whole document, not to that unit. Units whose
 * first paragraph is a bare heading own the paragraphs that follow.
 */
function detachClosing(units: OutlineUnit[]): string[] {
  const last = units.at(-1);
  if (!last || last.paragraphs.length < 2 || isStandaloneHeading(last.paragraphs[0]!)) return [];
  const siblings = units.filter((u) => u.kind === last.kind && u !== last);
  if (siblings.length === 0 || siblings.some((u) => u.paragraphs.length !== 1)) return [];
  return last.paragraphs.splice(1);
}

/**
 * Numbering gaps are doubts worth reporting: a unit should continue its previous sibling,
 * restart at 1, or continue a run numbered across sections (000's (一)–(十八), 002 #1's 1–40).
 */
export function numberingGaps(units: OutlineUnit[]): OutlineUnit[] {
  const lastInParent = new Map<string, number>();
  const lastOfKind = new Map<string, number>();
  const gaps: OutlineUnit[] = [];
  for (const unit of units) {
    const parent = `${unit.path.slice(0, -1).join('/')}|${unit.kind}`;
    const prevSibling = lastInParent.get(parent) ?? 0;
    const prevKind = lastOfKind.get(unit.kind) ?? 0;
    if (unit.number !== prevSibling + 1 && unit.number !== prevKind + 1) gaps.push(unit);
    lastInParent.set(parent, unit.number);
    lastOfKind.set(unit.kind, unit.number);
  }
  return gaps;
}
