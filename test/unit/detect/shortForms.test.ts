import { describe, expect, it } from 'vitest';
import { createPageState, detectIncremental } from '../../../lib/detect/detect';
import { fixtureMatcher, seen } from './helpers';

const PLAN_CN = '中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案';

describe('short forms defined on the page', () => {
  it('makes a later 《方案》 a reference to the document named just before the definition', () => {
    const text = `商务部印发《${PLAN_CN}》(以下简称《方案》)。记者了解到,《方案》共七个部分。`;
    expect(seen(text)).toEqual([
      [`《${PLAN_CN}》`, 'title', '000'],
      ['《方案》', 'alias', '000'],
      ['《方案》', 'alias', '000'],
    ]);
  });

  it('reads 繁體 definitions and quoted bare short forms', () => {
    const text = `《江蘇省人民政府關于推動生物醫藥產業高質量發展的意見》（以下簡稱“蘇18條”），蘇18條提出……`;
    expect(seen(text)).toEqual([
      ['《江蘇省人民政府關於推動生物醫藥產業高質量發展的意見》'.replace('關於', '關于'), 'title', '004'],
      ['蘇18條', 'alias', '004'],
      ['蘇18條', 'alias', '004'],
    ]);
    const zone = `《${PLAN_CN}》(以下简称“江苏自贸试验区”)……江蘇自貿試驗區将`;
    expect(seen(zone).map(([t, k]) => [t, k])).toEqual([
      [`《${PLAN_CN}》`, 'title'],
      ['江苏自贸试验区', 'alias'],
      ['江蘇自貿試驗區', 'alias'],
    ]);
  });

  it('binds a definition that follows the 文号 in the same parentheses', () => {
    const text = '国务院批复(国函〔2025〕80号,以下简称《批复》)。《批复》要求';
    expect(seen(text)).toEqual([
      ['国函〔2025〕80号', 'docNumber', 'cited-guohan-2025-80'],
      ['《批复》', 'alias', 'cited-guohan-2025-80'],
      ['《批复》', 'alias', 'cited-guohan-2025-80'],
    ]);
  });

  it('reads 简称, 下称 and 以下简称为 forms, and a definition after a 文号 in its own parentheses', () => {
    expect(seen(`《${PLAN_CN}》(简称“自贸方案”)。自贸方案`).slice(1)).toEqual([
      ['自贸方案', 'alias', '000'],
      ['自贸方案', 'alias', '000'],
    ]);
    expect(seen(`《${PLAN_CN}》(下称:《方案》)《方案》`).slice(1).map(([t]) => t)).toEqual(['《方案》', '《方案》']);
    expect(seen(`《${PLAN_CN}》,以下简称为《方案》。《方案》`).slice(1).map(([t]) => t)).toEqual(['《方案》', '《方案》']);
    expect(seen('国务院批复(国函〔2025〕80号)(以下简称《批复》)。《批复》').slice(1)).toEqual([
      ['《批复》', 'alias', 'cited-guohan-2025-80'],
      ['《批复》', 'alias', 'cited-guohan-2025-80'],
    ]);
  });

  it('ignores a definition that does not follow a document reference', () => {
    const text = `支持中國(江蘇)自由貿易試驗區(以下簡稱江蘇自貿試驗區)發展。江蘇自貿試驗區將……《方案》`;
    expect(seen(text)).toEqual([]);
    expect(seen(`《${PLAN_CN}》已印发。(以下简称《方案》)《方案》`)).toEqual([[`《${PLAN_CN}》`, 'title', '000']]);
  });

  it('does not let a short form defined on one page leak into another', () => {
    seen(`《${PLAN_CN}》(以下简称《方案》)`);
    expect(seen('《方案》')).toEqual([]);
  });

  it('carries short forms to text scanned later on the same page', () => {
    const state = createPageState(fixtureMatcher);
    detectIncremental(fixtureMatcher, `《${PLAN_CN}》(以下简称《方案》)`, state);
    const later = detectIncremental(fixtureMatcher, '新增段落:《方案》提出', state);
    expect(later.map((r) => [r.start, r.end, r.documentId])).toEqual([[5, 9, '000']]);
  });
});
