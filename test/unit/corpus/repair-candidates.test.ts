// How the GBK repair chooses the lost first character when the corpus offers more than one
// candidate: the best-attested one wins; two equally attested ones are flagged for a person,
// never guessed. The lost character of 規?焖僭鲩L has trail byte 0xA3, shared by 模 (C4 A3),
// 保 (B1 A3), 常 (B3 A3) and others, so the reference text decides.
import { describe, expect, it } from 'vitest';
import { decodeGbk } from '../../../lib/corpus/gbk';
import { repairShiftedGbk } from '../../../lib/corpus/repair';

const damaged = '力爭到2030年,江蘇自貿試驗區生物醫藥產業規?焖僭鲩L,創新生態持續優化。';
const realigned = '快速增长。持续增长。';

describe('repairShiftedGbk with several candidates', () => {
  it('shares the lost byte between the candidates used below', () => {
    expect([decodeGbk([0xc4, 0xa3]), decodeGbk([0xb1, 0xa3]), decodeGbk([0xb3, 0xa3])]).toEqual(['模', '保', '常']);
  });

  it('picks the candidate attested most often, whichever order the candidates come in', () => {
    // 规模 twice against 规保 once, and the reverse: the choice follows the evidence, not the byte order.
    const moreMo = repairShiftedGbk(damaged, `${realigned}规模扩大。规模效应。规保。`);
    expect(moreMo.text).toContain('規模快速增長');
    expect(moreMo.repairs[0]!.evidence).toContain('next best 「保」, 1×');
    const moreBao = repairShiftedGbk(damaged, `${realigned}规模。规保。规保。`);
    expect(moreBao.text).toContain('規保快速增長');
    expect(moreBao.repairs[0]!.evidence).toContain('next best 「模」, 1×');
  });

  it('counts evidence on both sides of the lost character', () => {
    // 规保 once and 常快 twice: the pair after the lost character outweighs the pair before it.
    const { text, repairs } = repairShiftedGbk(damaged, `${realigned}规保。常快。常快。`);
    expect(text).toContain('規常快速增長');
    expect(repairs[0]!.evidence).toContain('2×');
  });

  it('flags the run and changes nothing when two candidates are equally attested', () => {
    // One pair each; and two pairs before against one before plus one after.
    for (const reference of [`${realigned}规模。规保。`, `${realigned}规模。规模。规保。保快。`]) {
      const { text, repairs, doubts } = repairShiftedGbk(damaged, reference);
      expect(text, reference).toBe(damaged);
      expect(repairs, reference).toEqual([]);
      expect(doubts, reference).toEqual([expect.objectContaining({ before: '規?焖僭鲩L', message: expect.stringContaining('cannot be chosen') })]);
    }
  });
});
