import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { buildSearchIndex, search } from '../../../lib/search';
import { readSeeds } from '../../../scripts/seeds';
import { foldKey } from '../../../lib/text/fold';
import { simplify } from '../../../lib/text/simplify';

const corpus = buildCorpus(readSeeds());
const index = buildSearchIndex(corpus.documents, corpus.clauses);
const today = '2026-01-01';
const clause = (id: string) => corpus.clauses.find((c) => c.id === id)!;
const first = (query: string, filters = {}) => search(index, query, { today, ...filters })[0];

describe('search over the real corpus: the clause expected first', () => {
  it.each([
    ['苏政发〔2018〕144号 (文号)', '苏政发〔2018〕144号', '004:序言'],
    ['苏政发[2018]144号 (square brackets)', '苏政发[2018]144号', '004:序言'],
    ['144号文 (serial only)', '144号文', '004:序言'],
    ['商自贸发〔2025〕162号 (简体 for a 繁體 文号)', '商自贸发〔2025〕162号', '000:序言'],
    ['江苏 措施 第7条 (clause path)', '江苏 措施 第7条', '002-2:二/7'],
    ['苏州 若干措施 第十三条 (article)', '苏州 若干措施 第十三条', '002-3:第三章/第十三条'],
    ['方案 (十六) (ambiguous: 000 first, then 003)', '方案 (十六)', '000:六/(十六)'],
    ['数据出境负面清单 (简体 phrase in a 繁體 clause)', '数据出境负面清单', '000:六/(十六)'],
    ['负面清单 数据出境 (words swapped)', '负面清单 数据出境', '000:六/(十六)'],
    ['規模快速增長 (the text repaired from shifted GBK)', '規模快速增長', '000:一'],
    ['CAR-T (Latin, hyphen)', 'CAR-T', '002-1:三/(一)'],
  ])('%s', (_, query, clauseId) => {
    expect(first(query)?.clauseId).toBe(clauseId);
  });

  it('finds a 简体 clause about 医保目录 from the 繁體 query 醫保目錄', () => {
    const hit = first('醫保目錄')!;
    const text = clause(hit.clauseId).text;
    expect(text).toContain('医保目录');
    expect(simplify(text)).toBe(text);
  });

  it('finds a clinical-trial clause despite the typo in 临床试脸', () => {
    const hits = search(index, '临床试脸', { today }).slice(0, 5);
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(foldKey(clause(hit.clauseId).text)).toContain('临床试验');
  });

  it('finds 苏州 clauses on clinical trials from the region and a phrase', () => {
    const hits = search(index, '苏州 临床试验', { today }).slice(0, 3);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(corpus.documents.find((d) => d.id === hit.documentId)!.region).toBe('苏州');
      expect(clause(hit.clauseId).text).toContain('临床试验');
    }
  });

  it('lists a department’s clauses when searching for it', () => {
    const hits = search(index, '省医保局', { today });
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits.slice(0, 3)) expect(hit.documentId).toBe('002-2');
  });

  it('judges 002-2 (in force 2021-11-01 to 2024-12-31) against the given day', () => {
    expect(first('江苏 措施 第7条', { validity: 'in-force', today: '2023-06-01' })?.clauseId).toBe('002-2:二/7');
    expect(search(index, '江苏 措施 第7条', { today, validity: 'in-force' }).some((r) => r.documentId === '002-2')).toBe(false);
    const expired = search(index, '医保', { today, validity: 'expired' });
    expect(expired.length).toBeGreaterThan(0);
    expect(new Set(expired.map((r) => r.documentId))).toEqual(new Set(['002-2']));
  });
});
