/**
 * Chinese numerals as they appear in clause labels (一 … 九十九, 一百 …): people type 第7条
 * for 第七条 and (16) for (十六), so a reference is matched in both spellings.
 */
const DIGITS = '零一二三四五六七八九';

export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`unsupported numeral ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const head = `${DIGITS[Math.floor(n / 100)]}百`;
  if (rest === 0) return head;
  // 一百零五, 一百一十五: inside a hundred the tens digit is always spoken.
  return rest < 10 ? `${head}零${DIGITS[rest]}` : `${head}${DIGITS[Math.floor(rest / 10)]}十${rest % 10 ? DIGITS[rest % 10] : ''}`;
}

/** 十六 → 16, 两 → 2, 〇 → 0; null when the text is not a numeral this module writes. */
export function fromChineseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const normalized = text.replace(/两/g, '二').replace(/〇/g, '零');
  for (let n = 0; n <= 999; n++) if (toChineseNumeral(n) === normalized) return n;
  return null;
}
