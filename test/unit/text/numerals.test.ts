import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../../lib/text/numerals';

describe('numerals', () => {
  it.each([
    [7, '七'],
    [13, '十三'],
    [16, '十六'],
    [24, '二十四'],
    [40, '四十'],
    [105, '一百零五'],
  ])('%i ↔ %s', (n, zh) => {
    expect(toChineseNumeral(n)).toBe(zh);
    expect(parseChineseNumeral(zh)).toBe(n);
  });

  it('reads back every numeral it writes', () => {
    for (let n = 1; n < 1000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('reads 〇 for 零 and the spelled-out 一十', () => {
    expect(parseChineseNumeral('一百〇五')).toBe(105);
    expect(parseChineseNumeral('一十五')).toBe(15);
    expect(parseChineseNumeral('一百十五')).toBe(115);
  });

  it('rejects what is not a numeral, or not one whose value is certain', () => {
    expect(parseChineseNumeral('方案')).toBeNull();
    for (const text of ['', '零', '百', '零五', '十零', '一百零', '一百五', '二十一百', '十百', '一二']) expect(parseChineseNumeral(text), text).toBeNull();
  });
});

describe('parseChineseNumeral over every short string of numeral characters', () => {
  // The grammar, written once as a regular expression: hundreds, then 零 + ones, or
  // [tens]十[ones], or ones alone (not after hundreds, where it would be ambiguous).
  const D = '[一二三四五六七八九]';
  const GRAMMAR = new RegExp(`^(?:${D}百)?(?:(?<=百)[零〇]${D}|${D}?十${D}?|(?<!百)${D})?$`);
  const alphabet = [...'零〇一二三四五六七八九十百'];
  const strings = (length: number): string[] => (length === 0 ? [''] : strings(length - 1).flatMap((s) => alphabet.map((c) => s + c)));

  it('accepts exactly the strings of the grammar, and reads them inside longer text', () => {
    for (let length = 1; length <= 4; length++)
      for (const text of strings(length)) {
        const value = parseChineseNumeral(text);
        expect(value !== null, text).toBe(GRAMMAR.test(text));
        expect(parseChineseNumeral(`第${text}条`, 1, 1 + text.length), text).toBe(value);
      }
  });
});
