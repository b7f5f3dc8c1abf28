import { describe, expect, it } from 'vitest';
import { docNumberLine, findDocNumbers, isAbridgedMarker, isDateLine, parseChineseDate, parseIsoDateline, parseValidity } from '../../../lib/corpus/metadata';

describe('dates', () => {
  it('parses Chinese dates, with the stray spaces PDFs leave', () => {
    expect(parseChineseDate('2025年8月25日')).toBe('2025-08-25');
    expect(parseChineseDate('2018年 12月 1日')).toBe('2018-12-01');
    expect(parseChineseDate('自2021年11月1日起实施')).toBe('2021-11-01');
  });

  it('rejects impossible dates and text without a date', () => {
    expect(parseChineseDate('2024年2月30日')).toBeNull();
    expect(parseChineseDate('到2030年')).toBeNull();
  });

  it('recognises a signature date line and an ISO dateline', () => {
    expect(isDateLine('2018年 12月 1日')).toBe(true);
    expect(isDateLine('于2022年12月31日前落地实施')).toBe(false);
    expect(parseIsoDateline('Shang Wu Bu Wang Zhan·2025-08-27 10:00')).toBe('2025-08-27');
  });
});

describe('文号', () => {
  it('finds 文号 in text, 简体 and 繁體', () => {
    expect(findDocNumbers('請按照《批復》(國函〔2025〕80號)有關要求').map((d) => d.docNumber)).toEqual(['國函〔2025〕80號']);
    expect(findDocNumbers('苏政发〔2018〕144号').map((d) => d.docNumber)).toEqual(['苏政发〔2018〕144号']);
    expect(findDocNumbers('到2030年,产业规模突破3300亿元')).toEqual([]);
  });

  it('reads a line that is only a 文号', () => {
    expect(docNumberLine('(商自貿發〔2025〕162號)')).toBe('商自貿發〔2025〕162號');
    expect(docNumberLine('苏政发〔2018〕144号')).toBe('苏政发〔2018〕144号');
    expect(docNumberLine('请按照国函〔2025〕80号有关要求')).toBeNull();
  });
});

describe('parseValidity', () => {
  it('turns a dated validity into dates', () => {
    expect(parseValidity('本政策措施自2021年11月1日起实施,有效期至2024年12月31日。')).toEqual({ effectiveFrom: '2021-11-01', effectiveTo: '2024-12-31', validityNote: null });
  });

  it('keeps a validity relative to an unknown issue date in words', () => {
    expect(parseValidity('本文件自印发之日起实施,有效期3年,实施期间…')).toEqual({ effectiveFrom: null, effectiveTo: null, validityNote: '自印发之日起实施,有效期3年' });
  });

  it('gives nothing when the text states nothing', () => {
    expect(parseValidity('于2022年12月31日前落地实施')).toEqual({ effectiveFrom: null, effectiveTo: null, validityNote: null });
  });
});

it('recognises the abridged marker in both scripts', () => {
  expect(isAbridgedMarker('(本文有刪減)')).toBe(true);
  expect(isAbridgedMarker('（本文有删减）')).toBe(true);
  expect(isAbridgedMarker('本文有删减的部分')).toBe(false);
});

it('does not take the words before a 文号 for its issuer abbreviation', () => {
  expect(findDocNumbers('请按照国函〔2025〕80号和苏政发[2018]144号执行').map((d) => d.docNumber)).toEqual(['国函〔2025〕80号', '苏政发[2018]144号']);
});
