import { describe, expect, it } from 'vitest';
import { createPageState, detect, detectIncremental } from '../../../lib/detect/detect';
import { fixtureMatcher, seen } from './helpers';
import { seedText } from '../../../scripts/seeds';

const seed = seedText;

describe('pages that reprint a held document', () => {
  it('turns the printed clause headings of a 繁體 reprint into heading references', () => {
    const text = seed('000_');
    const headings = seen(text).filter(([, kind]) => kind === 'heading');
    expect(headings).toHaveLength(25);
    expect(headings).toContainEqual(['(一)開展生物醫藥和醫療器械技術創新', 'heading', '000:二/(一)']);
    expect(headings).toContainEqual(['(十八)對標國際先進水平加強監管能力建設', 'heading', '000:七/(十八)']);
  });

  it('recognises the reprinted document and tells the caller', () => {
    const state = createPageState(fixtureMatcher);
    detectIncremental(fixtureMatcher, seed('004_'), state);
    expect(state.pageDocumentId).toBe('004');
    expect(state.reprinted).toEqual(['004']);
  });

  it('reports headings read after the reprint is recognised chunk by chunk, and all of them on a second pass', () => {
    const lines = seed('000_').split('\n');
    const state = createPageState(fixtureMatcher);
    const headings = (s: typeof state) => lines.flatMap((line) => detectIncremental(fixtureMatcher, line, s)).filter((r) => r.kind === 'heading');
    const firstPass = headings(state);
    expect(state.reprinted).toEqual(['000']);
    expect(firstPass.length).toBeGreaterThan(0);
    expect(firstPass.length).toBeLessThan(25);
    expect(firstPass.at(-1)!.clauseId).toBe('000:七/(十八)');
    expect(headings(createPageState(fixtureMatcher, { reprintedDocumentIds: state.reprinted }))).toHaveLength(25);
  });

  it('resolves headings by section on a PDF reprint whose numbering restarts', () => {
    const headings = seen(seed('004_')).filter(([, kind]) => kind === 'heading');
    expect(headings).toContainEqual(['（一）突出原始创新，抢占产业发展制高点', 'heading', '004:三/(一)']);
    expect(headings).toContainEqual(['（一）加强组织领导', 'heading', '004:四/(一)']);
  });

  it('resolves self-references to the reprinted document whose headings come last on a multi-document page', () => {
    const refs = seen(seed('002_'));
    expect(refs.filter(([, kind]) => kind === 'clause')).toEqual([
      ['第三条', 'clause', '002-3:第一章/第三条'],
      ['第三条', 'clause', '002-3:第一章/第三条'],
    ]);
    expect(refs).toContainEqual(['第十三条 产业化落地', 'heading', '002-3:第三章/第十三条']);
    expect(refs).toContainEqual(['7.加强药物临床研究和成果转化', 'heading', '002-2:7']);
  });

  it('uses the document the caller names for mentions with no document nearby', () => {
    expect(seen('按照第十三条的规定', { pageDocumentId: '002-3' })).toEqual([['第十三条', 'clause', '002-3:第三章/第十三条']]);
    expect(seen('本方案(十六)所列事项', { pageDocumentId: '000' })).toEqual([['(十六)', 'clause', '000:六/(十六)']]);
    expect(seen('(十六)所列事项', { pageDocumentId: '000' })).toEqual([]);
  });

  it('leaves clause mentions of a law it does not know to that law, even on a reprint page', () => {
    expect(seen('依照《中华人民共和国药品管理法》第十三条', { pageDocumentId: '002-3' })).toEqual([]);
    expect(seen('《中华人民共和国药品管理法》第三章第十三条', { pageDocumentId: '002-3' })).toEqual([]);
    expect(seen('第0条和第十三条', { pageDocumentId: '002-3' })).toEqual([['第十三条', 'clause', '002-3:第三章/第十三条']]);
  });

  it('does not treat a news page that quotes two headings as a reprint', () => {
    const text = '报道提到(一)开展生物医药和医疗器械技术创新,以及(十六)支持数据跨境流动。\n第十三条';
    expect(detect(fixtureMatcher, text)).toEqual([]);
  });
});
