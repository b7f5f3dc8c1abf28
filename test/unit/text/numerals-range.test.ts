// Clause numerals are written for 1…999 only (lib/text/numerals.ts): a number no printed clause
// label can have (0, 1000, a fraction) gets no label, rather than a wrong one.
import { expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../../lib/text/numerals';

it('writes numerals for 1 to 999 and refuses every other number', () => {
  expect(toChineseNumeral(1)).toBe('一');
  expect(toChineseNumeral(999)).toBe('九百九十九');
  for (const n of [0, -1, 1000, 1001, 2.5, Number.NaN]) expect(() => toChineseNumeral(n), String(n)).toThrow(RangeError);
});

it('reads only the span it is given: 十 of 十五 is ten, 三 of 三百 is three', () => {
  expect(parseChineseNumeral('十五', 0, 1)).toBe(10);
  expect(parseChineseNumeral('三百', 0, 1)).toBe(3);
});

it('takes 零 only right before the last digit: 一百零五六 is no numeral', () => {
  expect(parseChineseNumeral('一百零五六')).toBeNull();
});
