import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../lib/corpus/schema';
import { buildGramIndex, gramsOf, postingBytes } from '../../../lib/search/gram-index';
import { buildSearchIndex, search } from '../../../lib/search';
import { documents } from './fixture';

function filler(count: number, text: (i: number) => string): Clause[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `002-1:四/(一)/${i + 1}`,
    documentId: '002-1',
    path: ['四', '(一)', String(i + 1)],
    label: `${i + 1}.`,
    heading: null,
    text: text(i),
    departments: [],
    order: i,
    related: [],
  }));
}
const municipal = { ...documents[2]!, id: '002-1', title: '苏州市生物医药产业创新集群建设实施方案', titleSimplified: '苏州市生物医药产业创新集群建设实施方案' };

describe('bigram narrowing', () => {
  it('indexes each record once per gram, never across punctuation', () => {
    const index = buildGramIndex(['医保目录医保', '医保。目录']);
    const bigram = (text: string) => gramsOf(index, text, 2)[0]!;
    expect([...index.postings.get(bigram('医保'))!]).toEqual([0, 1]);
    expect([...index.postings.get(bigram('目录'))!]).toEqual([0, 1]);
    expect(index.postings.get(bigram('保目'))!.length).toBe(1);
    expect(gramsOf(index, '保。目', 2)).toEqual([]);
    expect(postingBytes(index)).toBeGreaterThan(0);
  });

  it('keeps the one clause holding the whole phrase among thousands holding parts of it', () => {
    const partial = filler(3000, (i) => (i % 2 ? '推动医保支付改革,完善药品目录管理。' : '建立创新药品目录动态调整机制。'));
    const whole = { ...partial[2999]!, text: '推动创新药品纳入医保目录,加快落地使用。' };
    const index = buildSearchIndex([municipal], [...partial.slice(0, 2999), whole]);
    expect(search(index, '医保目录')[0]?.clauseId).toBe(whole.id);
    expect(search(index, '醫保目錄')[0]?.clauseId).toBe(whole.id);
  });

  it('keeps a clause that the filters allow even when thousands of others match better', () => {
    const crowd = filler(2000, () => '支持创新药品纳入医保目录。');
    const provincial = { ...documents[1]!, id: '002-2' };
    const target: Clause = { ...crowd[0]!, id: '002-2:9', documentId: '002-2', path: ['9'], text: '医保目录动态调整。' };
    const index = buildSearchIndex([municipal, provincial], [...crowd, target]);
    const results = search(index, '医保目录', { documentIds: ['002-2'] });
    expect(results.map((r) => r.clauseId)).toEqual(['002-2:9']);
  });
});
