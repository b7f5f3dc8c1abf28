import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { buildMatcher } from '../../../lib/detect/matcher';
import { MatcherSourceSchema, matcherSourceFromCorpus } from '../../../lib/detect/source';
import { seen } from './helpers';
import { readSeeds, seedText } from '../../../scripts/seeds';

const corpus = buildCorpus(readSeeds());
const source = matcherSourceFromCorpus(corpus);
const matcher = buildMatcher(source);

describe('detection with the real corpus', () => {
  it('sends a matcher source that survives the message boundary', () => {
    const sent = JSON.parse(JSON.stringify(source));
    expect(MatcherSourceSchema.parse(sent)).toEqual(source);
    expect(sent.clauses[0]).not.toHaveProperty('text');
  });

  it('finds the notice 文号, the cited approval and the plan title on the 繁體 reprint', () => {
    const approval = corpus.cited.find((c) => c.docNumber === '国函〔2025〕80号')!;
    const refs = seen(seedText('000_'), undefined, matcher);
    expect(refs).toContainEqual(['商自貿發〔2025〕162號', 'docNumber', '000']);
    expect(refs).toContainEqual(['國函〔2025〕80號', 'docNumber', approval.id]);
    expect(refs).toContainEqual(['《國務院關于<中國(江蘇)自由貿易試驗區生物醫藥全產業鏈開放創新發展方案>的批復》', 'title', approval.id]);
    expect(refs).toContainEqual(['(十六)支持數據跨境流動', 'heading', '000:六/(十六)']);
  });

  it('resolves the citation of 004 under a shortened issuer and self-references on the search-results page', () => {
    const refs = seen(seedText('002_'), undefined, matcher);
    expect(refs).toContainEqual(['《江苏省政府关于推动生物医药产业高质量发展的意见》', 'title', '004']);
    expect(refs.filter(([, kind]) => kind === 'clause')).toEqual([
      ['第三条', 'clause', '002-3:第一章/第三条'],
      ['第三条', 'clause', '002-3:第一章/第三条'],
    ]);
    expect(refs).toContainEqual(['4.强化原始创新和底层基础性技术突破', 'heading', '002-2:二/4']);
  });

  it('reads a short alias in 《》 as the reprinted document that uses it for itself', () => {
    const refs = seen(seedText('002_'), undefined, matcher);
    expect(refs.filter(([, kind]) => kind === 'alias')).toEqual([['《方案》', 'alias', '002-1']]);
  });

  it('finds the title and 文号 at the head of the PDF text and its numbered headings', () => {
    const refs = seen(seedText('004_'), undefined, matcher);
    expect(refs.slice(0, 2)).toEqual([
      ['江苏省人民政府关于推动生物医药产业\n高质量发展的意见', 'title', '004'],
      ['苏政发〔2018〕144号', 'docNumber', '004'],
    ]);
    expect(refs).toContainEqual(['（一）加强组织领导', 'heading', '004:四/(一)']);
  });

  it('does not match short aliases such as 方案 outside the page that defines them', () => {
    expect(source.documents.some((d) => d.aliases.includes('方案'))).toBe(true);
    expect(seen('根据《方案》细化分解工作任务,方案如下', undefined, matcher)).toEqual([]);
  });
});
