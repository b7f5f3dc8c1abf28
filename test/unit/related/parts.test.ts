import { describe, expect, it } from 'vitest';
import { departmentKey, departmentOverlap, departmentIdf, departmentKeys } from '../../../lib/related/departments';
import { evaluateRelated } from '../../../lib/related/evaluate';
import { frameClauses, hasBody } from '../../../lib/related/frame';
import { describeReason, snapToWords } from '../../../lib/related/reason';
import { buildLexicon, comparableText, termFrequencies } from '../../../lib/related/terms';
import { makeCorpus } from './fixture';

describe('term lexicon', () => {
  const texts = [
    '支持医疗机构开展临床试验。',
    '鼓励企业参与临床试验。',
    '建设临床试验机构。',
    '开展临床研究。',
  ].map((t) => comparableText(null, t));
  const lexicon = buildLexicon(texts);

  it('keeps a recurring word in its longest form that recurs as often', () => {
    expect(lexicon.df.get('临床试验')).toBe(3);
    expect(lexicon.df.has('床试验')).toBe(false);
    expect(lexicon.df.get('临床')).toBe(4);
  });

  it('counts occurrences of lexicon terms in a text', () => {
    expect(termFrequencies(comparableText(null, '临床试验和临床试验'), lexicon).get('临床试验')).toBe(2);
  });

  it('compares 繁體 and 简体 alike, without political formulas or responsibility annotations', () => {
    const text = comparableText('提升臨床研究水平', '以習近平新時代中國特色社會主義思想為指導，推動倫理審查結果互認。(責任單位:省科技廳)');
    expect(text).toContain('伦理审查结果互认');
    expect(text).toContain('提升临床研究水平');
    expect(text).not.toMatch(/习近平|思想|责任单位|科技厅/);
  });

  it('drops a responsibility annotation that names a body before its first role, as 003 (八) does', () => {
    const text = comparableText(null, '加强宣传推广。(国务院;涉及部委:国家卫生健康委;市级部门:市医保局分别依职责推进)');
    expect(text).toContain('加强宣传推广');
    expect(text).not.toMatch(/国务院|卫生健康委|医保局|分别/);
  });
});

describe('departments', () => {
  it('folds the level prefix away so 省药监局, 市药监局 and 国家药监局 are one function', () => {
    expect(new Set(['省药监局', '市药监局', '国家药监局', '市药监局等'].map(departmentKey))).toEqual(new Set(['药监局']));
  });

  it('weighs shared departments by rarity', () => {
    const a = departmentKeys(['省科技厅', '省药监局']);
    const b = departmentKeys(['市科技局', '市药监局']);
    const c = departmentKeys(['省科技厅', '省财政厅']);
    const idf = departmentIdf([a, b, c, departmentKeys(['省科技厅'])]);
    expect(departmentOverlap(a, b, idf).shared).toEqual(['药监局']);
    expect(departmentOverlap(a, c, idf).share).toBeLessThan(departmentOverlap(a, b, idf).share);
  });
});

describe('frame clauses', () => {
  const corpus = makeCorpus(
    [
      { id: 'A', level: 'national', region: '江苏' },
      { id: 'B', level: 'provincial', region: '江苏' },
    ],
    [
      { id: 'A:序言', heading: null, text: '为推动生物医药产业发展，制定本方案。' },
      { id: 'A:一', heading: '总体要求', text: '总体要求' },
      { id: 'A:一/(一)', heading: '指导思想', text: '坚持创新驱动。' },
      { id: 'A:二/(一)', heading: '提升临床研究水平', text: '支持开展临床研究。' },
      { id: 'B:一', heading: '总 体 要 求', text: '坚持问题导向，促进产业集群发展。' },
      { id: 'B:二', heading: '提升临床研究水平', text: '支持开展临床研究。' },
    ],
  );
  const frame = [...frameClauses(corpus.clauses, 2)].map((i) => corpus.clauses[i]!.id);

  it('marks sections whose heading recurs across documents, what they hold, and the unheaded preamble', () => {
    expect(frame.sort()).toEqual(['A:一', 'A:一/(一)', 'A:序言', 'B:一']);
  });

  it('treats a section unit holding only its title as having no body', () => {
    expect(corpus.clauses.filter(hasBody).map((c) => c.id)).not.toContain('A:一');
  });
});

describe('reason text', () => {
  it('names the upper document, shared terms and shared departments in one line', () => {
    expect(
      describeReason({ kind: 'citation', terms: ['伦理委员会', '临床试验'], departments: ['卫生健康委'], citation: { direction: 'upper', title: '江苏省人民政府关于推动生物医药产业高质量发展的意见' } }),
    ).toBe('上位文件《江苏省人民政府关于推动生物医药产业高质量发展的意见》；共同关键词：伦理委员会、临床试验；共同责任部门：卫生健康委');
  });
});

describe('evaluateRelated', () => {
  const corpus = makeCorpus(
    [
      { id: 'A', level: 'national', region: '江苏' },
      { id: 'B', level: 'provincial', region: '江苏' },
    ],
    [
      { id: 'A:1', heading: null, text: 'x' },
      { id: 'A:2', heading: null, text: 'x' },
      { id: 'B:1', heading: null, text: 'x' },
      { id: 'B:2', heading: null, text: 'x' },
    ],
  );
  const link = (id: string, score: number) => ({ clauseId: id, score, reason: { kind: 'terms' as const, terms: [], text: 't' } });
  corpus.clauses[0]!.related = [link('B:1', 0.9), link('B:2', 0.5)];
  corpus.clauses[2]!.related = [link('A:2', 0.4)];
  const gold = { description: '', groups: [{ id: 'g', label: 'g', clauses: ['A:1', 'B:1', 'A:2'] }, { id: 'h', label: 'h', clauses: ['B:2', 'nope'] }] };

  it('scores precision@3 with missing slots as misses and recall@5 over group-mates in other documents', () => {
    const e = evaluateRelated(corpus, gold);
    // Queries: A:1 (mate B:1), B:1 (mates A:1, A:2), A:2 (mate B:1). B:2's only mate is not in the corpus.
    expect(e.queries).toBe(3);
    expect(e.precisionAt3).toBeCloseTo((1 / 3 + 1 / 3 + 0) / 3);
    expect(e.recallAt5).toBeCloseTo((1 + 1 / 2 + 0) / 3);
    expect(e.missing).toEqual(['nope']);
  });
});

describe('snapToWords', () => {
  it('shows a reader whole words, not the fragments two texts happen to share', () => {
    expect(snapToWords('域临床', '支持开展区域临床研究协作')).toBe('临床');
    expect(snapToWords('化临床试验', '探索开展去中心化临床试验试点')).toBe('临床试验');
    expect(snapToWords('区环境质量', '确保苏州市区环境质量达标')).toBe('环境质量');
    expect(snapToWords('伦理审查委员会', '设立区域伦理审查委员会')).toBe('伦理审查委员会');
  });

  it('drops what is left with no word of two characters', () => {
    expect(snapToWords('每个', '对每个企业给予奖励')).toBeNull();
  });
});
