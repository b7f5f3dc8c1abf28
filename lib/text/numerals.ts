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

const DIGIT = '[一二三四五六七八九]';
/** Hundreds, then 零 + ones, or [tens]十[ones], or ones alone. */
const NUMERAL = new RegExp(`^(?:(${DIGIT})百)?(?:[零〇](${DIGIT})|(${DIGIT})?(十)(${DIGIT})?|(${DIGIT}))?$`);

/**
 * The value of a numeral below 1000, or null. Besides what toChineseNumeral writes it reads
 * 〇 for 零, 一十五 and 一百十五; not 一百五 (105 to some readers, 150 to others), 零五 or 十零.
 */
export function parseChineseNumeral(text: string): number | null {
  const m = NUMERAL.exec(text);
  if (!m) return null;
  const [, hundreds, afterZero, tens, ten, tensOnes, ones] = m;
  if ((afterZero && !hundreds) || (ones && hundreds)) return null;
  const digit = (d: string | undefined) => (d ? DIGITS.indexOf(d) : 0);
  const value = digit(hundreds) * 100 + digit(afterZero) + (ten ? (tens ? digit(tens) : 1) * 10 + digit(tensOnes) : 0) + digit(ones);
  return value > 0 ? value : null;
}

const NUMERAL_CODES = new Set(Array.from(`${DIGITS}十百〇`, (c) => c.charCodeAt(0)));

/** Whether a UTF-16 unit can be part of a printed numeral. */
export function isChineseNumeralChar(code: number): boolean {
  return NUMERAL_CODES.has(code);
}
