import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, SearchResultSchema, type SearchResult } from '../../../lib/search';
import { foldKey } from '../../../lib/text/fold';
import { clauses, documents } from './fixture';

const index = buildSearchIndex(documents, clauses);
const today = '2026-01-01';
const top = (query: string) => search(index, query, { today })[0];
const marked = (r: SearchResult) => r.snippet.marks.map(([a, b]) => r.snippet.text.slice(a, b));

describe('search over a hand-made slice of the corpus', () => {
  it.each([
    ['医保目录', '002-3:第四章/第十六条'],
    ['醫保目錄', '002-3:第四章/第十六条'],
    ['数据出境', '000:六/(十六)'],
    ['數據出境', '000:六/(十六)'],
    ['省医保局', '002-2:17'],
    ['产业化落地', '002-3:第四章/第十三条'],
  ])('%s → %s', (query, clauseId) => {
    expect(top(query)?.clauseId).toBe(clauseId);
  });

  it('finds a clause despite one wrong character', () => {
    const results = search(index, '临床试脸', { today });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results.slice(0, 3)) expect(foldKey(r.snippet.text)).toContain('临床试验');
  });

  it('finds a half-remembered phrase with its words swapped and apart', () => {
    expect(top('负面清单 数据出境')?.clauseId).toBe('000:六/(十六)');
    expect(top('出境数据 清单')?.clauseId).toBe('000:六/(十六)');
    expect(top('负面清单数据出境')?.clauseId).toBe('000:六/(十六)');
  });

  it('finds a clause from a one-character word and a longer one', () => {
    expect(top('药 医保目录')?.clauseId).toBe('002-2:17');
  });

  it('finds a clause by its document’s region together with its text', () => {
    expect(top('苏州 医保目录')?.clauseId).toBe('002-3:第四章/第十六条');
  });

  it('marks the matched characters in the text as printed', () => {
    const simplified = top('醫保目錄')!;
    expect(marked(simplified)).toContain('医保目录');
    const traditional = top('临床试验 国际合作')!;
    expect(traditional.clauseId).toBe('000:二/(四)');
    expect(marked(traditional)).toEqual(expect.arrayContaining(['臨床試驗', '國際合作']));
  });

  it('finds a document by title and opens its first clause', () => {
    const r = top('若干措施')!;
    expect(r).toMatchObject({ documentId: '002-3', clauseId: '002-3:第四章/第十三条', field: 'title' });
  });

  it.each([
    ['苏政发〔2018〕144号', '004:三/(一)'],
    ['苏政发[2018]144号', '004:三/(一)'],
    ['144号文', '004:三/(一)'],
    ['商自贸发〔2025〕162号', '000:二'],
    ['江苏 措施 第7条', '002-2:7'],
    ['苏州 若干措施 第十三条', '002-3:第四章/第十三条'],
    ['若干措施 第四章 第十六条', '002-3:第四章/第十六条'],
  ])('jumps from %s to %s', (query, clauseId) => {
    const results = search(index, query, { today });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ clauseId, jump: true });
  });

  it('offers every document that fits an ambiguous clause path', () => {
    expect(search(index, '方案 (十六)', { today }).map((r) => r.clauseId)).toEqual(['000:六/(十六)', '003:二/(十六)']);
  });

  it('does not jump when the words fit no document', () => {
    expect(search(index, '火星 第7条', { today }).every((r) => !r.jump)).toBe(true);
  });

  it('filters by level, document and validity judged on the given day', () => {
    const levels = search(index, '医保', { today, levels: ['municipal'] });
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels.map((r) => r.documentId))).toEqual(new Set(['002-3']));
    expect(search(index, '医保', { today, documentIds: ['002-2'] }).every((r) => r.documentId === '002-2')).toBe(true);

    const expired = search(index, '医保', { today, validity: 'expired' });
    expect(new Set(expired.map((r) => r.documentId))).toEqual(new Set(['002-2']));
    expect(search(index, '医保', { today: '2024-06-01', validity: 'expired' })).toEqual([]);
    expect(search(index, '医保', { today, validity: 'in-force' }).some((r) => r.documentId === '002-2')).toBe(false);
    expect(search(index, '江苏 措施 第7条', { today, validity: 'in-force' }).some((r) => r.jump)).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['newline and tab', '\n\t'],
    ['ASCII symbols', '!!!'],
    ['CJK brackets', '【】〔〕《》'],
    ['emoji', '😀😀'],
    ['10,000 of one character', '医'.repeat(10_000)],
    ['10,000 characters of spaced words', '医保目录 '.repeat(2_000)],
  ])('answers a query of %s without error', (_, query) => {
      const results = search(index, query, { today });
    for (const r of results) expect(SearchResultSchema.parse(r)).toEqual(r);
  });

  it('returns nothing for empty and symbol-only queries', () => {
    for (const query of ['', '   ', '!!!', '《》']) expect(search(index, query, { today })).toEqual([]);
  });

  it('still finds a clause from the opening of a very long pasted query', () => {
    expect(top('支持研究制定生物医药领域数据出境负面清单' + '。'.repeat(10_000))?.clauseId).toBe('000:六/(十六)');
  });

  it('respects the result limit', () => {
    expect(search(index, '生物医药', { today, limit: 2 })).toHaveLength(2);
  });
});
