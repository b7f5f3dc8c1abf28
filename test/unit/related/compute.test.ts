import { describe, expect, it } from 'vitest';
import { CorpusSchema, type Corpus } from '../../../lib/corpus/schema';
import { computeRelated } from '../../../lib/related/compute';
import { FILLER, makeCorpus } from './fixture';

const DOCS = [
  { id: 'N', level: 'national', region: '江苏' },
  { id: 'P', level: 'provincial', region: '江苏', title: '江苏省关于推动生物医药产业发展的意见' },
  { id: 'M', level: 'municipal', region: '苏州' },
  { id: 'B', level: 'provincial', region: '北京' },
  { id: 'F', level: 'municipal', region: '无锡' },
] as const;

const CLINICAL_TRADITIONAL = '支持醫療機構開展臨床試驗，推動倫理審查結果互認，試點設立區域倫理審查委員會。';
const CLINICAL_SIMPLIFIED = '鼓励医疗机构开展临床试验，建立伦理协作审查机制，推动伦理审查结果互认。';

function corpus(): Corpus {
  return makeCorpus(
    [...DOCS],
    [
      { id: 'N:一', heading: '總體要求', text: '以習近平新時代中國特色社會主義思想為指導，深入貫徹黨的二十大精神，加強組織領導，扎實推動高質量發展。' },
      { id: 'N:二/(一)', heading: '提升臨床研究水平', text: CLINICAL_TRADITIONAL },
      { id: 'N:二/(二)', heading: '加強知識產權保護', text: '加快建設知識產權運營中心，積極運用藥品專利糾紛早期解決機制，探索知識產權證券化。' },
      { id: 'P:一', heading: '总体要求', text: '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实决策部署，加强组织领导，推动高质量发展。' },
      { id: 'P:二/1', heading: '加强药物临床研究', text: CLINICAL_SIMPLIFIED, departments: ['省卫生健康委', '省药监局'] },
      { id: 'P:二/2', heading: '加强知识产权协同保护', text: '加强知识产权保护中心建设，积极探索知识产权证券化等融资新模式。' },
      { id: 'M:第一条', heading: '伦理委员会', text: '统筹建立市内互认的临床试验伦理委员会，推动伦理审查结果互认，提高伦理审查效率。', departments: ['市卫生健康委', '市药监局'] },
      { id: 'M:第二条', heading: '临床资源', text: '鼓励医疗机构建设临床试验机构，推动伦理审查结果互认。' },
      { id: 'B:(一)', heading: '临床试验', text: '支持医疗机构开展临床试验，推动伦理审查结果互认，设立区域伦理审查委员会。' },
      ...FILLER,
    ],
  );
}

const relatedOf = (c: Corpus, id: string) => c.clauses.find((x) => x.id === id)!.related;
const ids = (c: Corpus, id: string) => relatedOf(c, id).map((r) => r.clauseId);

describe('computeRelated', () => {
  const result = computeRelated(corpus());

  it('relates a 繁體 clinical-trial clause to the 简体 ones at other levels, with 简体 reasons', () => {
    expect(ids(result, 'N:二/(一)')).toEqual(expect.arrayContaining(['P:二/1', 'M:第一条', 'B:(一)']));
    const toProvince = relatedOf(result, 'N:二/(一)').find((r) => r.clauseId === 'P:二/1')!;
    expect(toProvince.reason.text).toMatch(/^共同关键词：/);
    expect(toProvince.reason.terms.join('')).toMatch(/伦理审查|临床试验/);
    expect(toProvince.reason.text).not.toMatch(/[臨床試驗倫理審查]{2}/u);
  });

  it('does not relate clinical trials to intellectual property', () => {
    expect(ids(result, 'N:二/(一)')).not.toContain('P:二/2');
    expect(ids(result, 'N:二/(二)')).toContain('P:二/2');
  });

  it('does not relate two 总体要求 clauses that share only political formulas', () => {
    expect(ids(result, 'N:一')).not.toContain('P:一');
    expect(ids(result, 'P:一')).not.toContain('N:一');
  });

  it('never lists a clause of the same document', () => {
    for (const clause of result.clauses)
      for (const r of clause.related) expect(r.clauseId.split(':')[0]).not.toBe(clause.documentId);
  });

  it('ranks another level above the same level in another region for equally similar text', () => {
    const c = makeCorpus(
      [...DOCS],
      [
        { id: 'P:二/1', heading: '临床试验', text: CLINICAL_SIMPLIFIED },
        { id: 'N:二/(一)', heading: '临床试验', text: CLINICAL_SIMPLIFIED },
        { id: 'B:(一)', heading: '临床试验', text: CLINICAL_SIMPLIFIED },
        ...FILLER,
      ],
    );
    expect(ids(computeRelated(c), 'P:二/1').slice(0, 2)).toEqual(['N:二/(一)', 'B:(一)']);
  });

  it('names shared responsible departments across levels (省药监局 ~ 市药监局)', () => {
    const toCity = relatedOf(result, 'P:二/1').find((r) => r.clauseId === 'M:第一条')!;
    expect(toCity.reason.text).toContain('共同责任部门');
  });

  it('marks a link between documents that cite each other as a citation to the 上位文件', () => {
    const c = corpus();
    c.relations.push({ from: 'M', to: 'P', kind: 'implements', evidence: '为贯彻落实《江苏省关于推动生物医药产业发展的意见》' });
    const toProvince = relatedOf(computeRelated(c), 'M:第一条').find((r) => r.clauseId === 'P:二/1')!;
    expect(toProvince.reason.kind).toBe('citation');
    expect(toProvince.reason.text).toContain('上位文件《江苏省关于推动生物医药产业发展的意见》');
    const back = relatedOf(computeRelated(c), 'P:二/1').find((r) => r.clauseId === 'M:第一条')!;
    expect(back.reason.text).toContain('下位文件');
  });

  it('keeps at most topN clauses above minScore, best first', () => {
    const limited = computeRelated(corpus(), { topN: 2, minScore: 0.05 });
    for (const clause of limited.clauses) {
      expect(clause.related.length).toBeLessThanOrEqual(2);
      for (const r of clause.related) expect(r.score).toBeGreaterThanOrEqual(0.05);
      const scores = clause.related.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('is deterministic and keeps the corpus valid', () => {
    expect(computeRelated(corpus())).toEqual(result);
    expect(CorpusSchema.safeParse(result).success).toBe(true);
  });
});
