import { describe, expect, it } from 'vitest';
import { decodeGbk, encodeGbk } from '../../../lib/corpus/gbk';
import { repairShiftedGbk } from '../../../lib/corpus/repair';

describe('GBK table', () => {
  it('encodes 简体 and 繁體 characters and decodes them back', () => {
    const bytes = encodeGbk('模快速增長L');
    expect(bytes).toEqual([0xc4, 0xa3, 0xbf, 0xec, 0xcb, 0xd9, 0xd4, 0xf6, 0xe9, 0x4c, 0x4c]);
    expect(decodeGbk(bytes!)).toBe('模快速增長L');
    expect(encodeGbk('😀')).toBeNull();
  });
});

describe('repairShiftedGbk', () => {
  const damaged = '力爭到2030年,江蘇自貿試驗區生物醫藥產業規?焖僭鲩L,創新生態持續優化。';
  const reference = '产业规模突破3300亿元。快速形成规模效应。持续增长。' + damaged;

  it('realigns the bytes one later and recovers the lost first character from corpus evidence', () => {
    const { text, repairs, doubts } = repairShiftedGbk(damaged, reference);
    expect(text).toBe('力爭到2030年,江蘇自貿試驗區生物醫藥產業規模快速增長,創新生態持續優化。');
    expect(doubts).toEqual([]);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]).toMatchObject({ before: '規?焖僭鲩L', after: '規模快速增長' });
    expect(repairs[0]!.evidence).toContain('规模');
  });

  it('flags instead of guessing when nothing in the corpus decides the lost character', () => {
    const { text, repairs, doubts } = repairShiftedGbk(damaged, '快速增长');
    expect(text).toBe(damaged);
    expect(repairs).toEqual([]);
    expect(doubts).toEqual([expect.objectContaining({ before: '規?焖僭鲩L' })]);
  });

  it('leaves ordinary question marks and Latin text alone', () => {
    const plain = '是否需要調整?ABC,還是 what? 沒有問題。';
    expect(repairShiftedGbk(plain, plain)).toEqual({ text: plain, repairs: [], doubts: [] });
  });
});
