const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 13 → 十三, 24 → 二十四, 105 → 一百零五: the numerals used in clause labels. */
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

/** Inverse of toChineseNumeral; null for anything that is not a plain numeral below 1000. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    const d = ch === '〇' ? 0 : DIGITS.indexOf(ch);
    if (d >= 0) {
      if (digit >= 0 && digit !== 0) return null;
      digit = d;
    } else if (ch === '十' || ch === '百') {
      const unit = ch === '十' ? 10 : 100;
      if (total % (unit * 10) >= unit) return null;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else return null;
  }
  if (digit > 0) total += digit;
  return total > 0 && total < 1000 ? total : null;
}

const NUMERAL_CODES = new Set(Array.from(`${DIGITS}十百〇`, (c) => c.charCodeAt(0)));

export function isChineseNumeralChar(code: number): boolean {
  return NUMERAL_CODES.has(code);
}
