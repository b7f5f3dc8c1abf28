import { simplify } from '../text/simplify';
import { parseChineseNumeral } from '../text/numerals';

/**
 * Numbered units of Chinese policy texts. Numbering restarts inside sections (002 #1 has a
 * (一) under 三 and another under 四), so a unit is addressed by its path of normalised labels.
 */
export type UnitKind = 'chapter' | 'section' | 'article' | 'paren' | 'item';

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

// Rank decides nesting: a unit closes every open unit of the same or a lower rank.
const RANK: Record<UnitKind, number> = { chapter: 0, section: 1, article: 2, paren: 3, item: 4 };

const PATTERNS: { kind: UnitKind; re: RegExp; key: (numeral: string) => string }[] = [
  { kind: 'chapter', re: new RegExp(`^第(${NUMERAL})[章]`), key: (n) => `第${n}章` },
  { kind: 'article', re: new RegExp(`^第(${NUMERAL})[条條]`), key: (n) => `第${n}条` },
  { kind: 'section', re: new RegExp(`^(${NUMERAL})\\s*、`), key: (n) => n },
  { kind: 'paren', re: new RegExp(`^[(（](${NUMERAL})[)）]`), key: (n) => `(${n})` },
  // `1.5亿元` is a number, not an item: the separator must not be a decimal point.
  { kind: 'item', re: /^(\d{1,3})\s*[.．﹒、](?!\d)/, key: (n) => n },
];

/** The numbered label opening a paragraph, or null. */
export function recogniseLabel(paragraph: string): UnitLabel | null {
  for (const { kind, re, key } of PATTERNS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const numeral = m[1]!;
    const number = kind === 'item' ? Number(numeral) : parseChineseNumeral(numeral);
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
