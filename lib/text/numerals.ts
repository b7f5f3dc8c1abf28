/**
 * Chinese numerals as clause labels print them, 一 … 九百九十九 (第十三条, (十六), 一百零五),
 * for detection on pages and for search queries alike.
 */
const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 13 → 十三, 24 → 二十四, 105 → 一百零五, 115 → 一百一十五. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 1000) throw new RangeError(`no clause numeral for ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += hundreds || tens > 1 ? `${DIGITS[tens]}十` : '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

/** By UTF-16 unit: 1…9 for 一…九, and the marks below; 0 for anything else. */
const KIND = new Uint8Array(0x10000);
const ZERO = 10;
const TEN = 11;
const HUNDRED = 12;
Array.from('一二三四五六七八九', (c, i) => (KIND[c.charCodeAt(0)] = i + 1));
for (const c of '零〇') KIND[c.charCodeAt(0)] = ZERO;
KIND['十'.charCodeAt(0)] = TEN;
KIND['百'.charCodeAt(0)] = HUNDRED;

/** The digit 1…9 at `at` before `to`, else 0. */
function digitAt(text: string, at: number, to: number): number {
  const kind = at < to ? KIND[text.charCodeAt(at)]! : 0;
  return kind <= 9 ? kind : 0;
}

/**
 * The value of the numeral in text[from, to) below 1000, or null. Besides what
 * toChineseNumeral writes it reads 〇 for 零, 一十五 and 一百十五; not 一百五 (105 to some
 * readers, 150 to others), 零五 or 十零. Reads by index, without slicing or closures:
 * detection calls it at every 第 and parenthesis of a page.
 */
export function parseChineseNumeral(text: string, from = 0, to = text.length): number | null {
  let at = from;
  let hundreds = 0;
  if (digitAt(text, at, to) && at + 1 < to && KIND[text.charCodeAt(at + 1)] === HUNDRED) {
    hundreds = digitAt(text, at, to);
    at += 2;
  }
  let rest = 0;
  if (at === to) rest = 0;
  else if (KIND[text.charCodeAt(at)] === ZERO) {
    // 零 only between hundreds and ones: 一百零五.
    if (!hundreds || to - at !== 2 || !digitAt(text, at + 1, to)) return null;
    rest = digitAt(text, at + 1, to);
  } else if (to - at === 1 && digitAt(text, at, to)) {
    if (hundreds) return null;
    rest = digitAt(text, at, to);
  } else {
    const tens = digitAt(text, at, to);
    if (tens) at++;
    if (at >= to || KIND[text.charCodeAt(at)] !== TEN) return null;
    at++;
    const ones = digitAt(text, at, to);
    if (at < to && !ones) return null;
    if (ones) at++;
    if (at !== to) return null;
    rest = (tens || 1) * 10 + ones;
  }
  const value = hundreds * 100 + rest;
  return value > 0 ? value : null;
}

/** Whether a UTF-16 unit can be part of a printed numeral. */
export function isChineseNumeralChar(code: number): boolean {
  return KIND[code]! !== 0;
}
