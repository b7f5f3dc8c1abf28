import { describe, expect, it } from 'vitest';
import { seen } from './helpers';

const SUZHOU = '《关于加快推进苏州市生物医药产业高质量发展的若干措施》';
const PLAN = '《中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案》';

describe('clause mentions next to a document mention', () => {
  it('resolves an article to its chapter path in the document named just before', () => {
    expect(seen(`${SUZHOU}第十三条规定`)).toEqual([
      [SUZHOU, 'title', '002-3'],
      ['第十三条', 'clause', '002-3:第三章/第十三条'],
    ]);
  });

  it('covers 第三条第二款 whole and resolves it to the article', () => {
    expect(seen(`依据${SUZHOU}第三条第二款`).at(-1)).toEqual(['第三条第二款', 'clause', '002-3:第一章/第三条']);
    expect(seen(`依据${SUZHOU}第五条第一款第(三)项`).at(-1)).toEqual(['第五条第一款第(三)项', 'clause', '002-3:第一章/第五条']);
  });

  it('resolves (十六) and 第(八)项 to the numbered clauses of a plan, through a page-defined short form', () => {
    const text = `${PLAN}(以下简称《方案》)。其中,《方案》(十六)支持数据跨境流动;《方案》第(八)项提出`;
    const refs = seen(text).filter(([, kind]) => kind === 'clause');
    expect(refs).toEqual([
      ['(十六)支持数据跨境流动', 'clause', '000:六/(十六)'],
      ['第(八)项', 'clause', '000:四/(八)'],
    ]);
    expect(seen(`${PLAN}提出的(十六)要求`).at(-1)).toEqual(['(十六)', 'clause', '000:六/(十六)']);
  });

  it('resolves “第7条” written with digits, to a document numbered with digits', () => {
    const text = '《关于促进全省生物医药产业高质量发展的若干政策措施》“第7条”明确';
    expect(seen(text).at(-1)).toEqual(['第7条', 'clause', '002-2:7']);
    expect(seen(`${SUZHOU}第13条`).at(-1)).toEqual(['第13条', 'clause', '002-3:第三章/第十三条']);
  });

  it('resolves an item whose number restarts in each section only when the section is named', () => {
    const OPINION = '《江苏省人民政府关于推动生物医药产业高质量发展的意见》';
    expect(seen(`${OPINION}(一)`)).toEqual([[OPINION, 'title', '004']]);
    expect(seen(`${OPINION}第四部分第(一)项`).at(-1)).toEqual(['第四部分第(一)项', 'clause', '004:四/(一)']);
    expect(seen(`${OPINION}第三部分(一)`).at(-1)).toEqual(['第三部分(一)', 'clause', '004:三/(一)']);
    expect(seen(`${OPINION}第四部分`).at(-1)).toEqual(['第四部分', 'clause', '004:四']);
  });

  it('reads 繁體 mentions', () => {
    expect(seen('《關于加快推進蘇州市生物醫藥產業高質量發展的若干措施》第二十四條').at(-1)).toEqual(['第二十四條', 'clause', '002-3:第四章/第二十四条']);
  });

  it('resolves to the nearest document mention, not an earlier one', () => {
    const text = `${PLAN}和${SUZHOU}第十三条`;
    expect(seen(text).at(-1)).toEqual(['第十三条', 'clause', '002-3:第三章/第十三条']);
  });

  it('ignores clause mentions with no document nearby in the same block', () => {
    expect(seen('第十三条 本办法自发布之日起施行。(十六)')).toEqual([]);
    expect(seen(`${SUZHOU}\n第十三条`)).toEqual([[SUZHOU, 'title', '002-3']]);
    const far = `${SUZHOU}${'的规定'.repeat(80)}第十三条`;
    expect(seen(far)).toEqual([[SUZHOU, 'title', '002-3']]);
    expect(seen(`${PLAN}的主要内容包括以下几个方面(十六)`)).toEqual([[PLAN, 'title', '000']]);
  });

  it('leaves a mention right after a title it does not know to that title, not to a document named before', () => {
    expect(seen(`依据${SUZHOU}和《中华人民共和国药品管理法》第十三条`)).toEqual([[SUZHOU, 'title', '002-3']]);
    expect(seen(`${SUZHOU}和《中华人民共和国药品管理法》第三章第十三条`)).toEqual([[SUZHOU, 'title', '002-3']]);
    expect(seen(`${SUZHOU}及《药品管理法》(十六)`)).toEqual([[SUZHOU, 'title', '002-3']]);
    expect(seen(`《商务部关于印发〈${PLAN.slice(1, -1)}〉的通知》(十六)`)).toEqual([[`〈${PLAN.slice(1, -1)}〉`, 'title', '000']]);
  });

  it('ignores labels the named document does not have, and documents it cannot open', () => {
    expect(seen(`${SUZHOU}第三十条`)).toEqual([[SUZHOU, 'title', '002-3']]);
    expect(seen('《药物临床试验质量管理规范》第十三条').map(([, kind]) => kind)).toEqual(['title']);
    expect(seen('京政发〔2022〕12号第三条').map(([, kind]) => kind)).toEqual(['docNumber']);
  });

  it('reads numerals as printed, and no malformed ones', () => {
    expect(seen(`${SUZHOU}第一十条`).at(-1)).toEqual(['第一十条', 'clause', '002-3:第二章/第十条']);
    for (const numeral of ['十零', '零五', '二十一百']) expect(seen(`${SUZHOU}第${numeral}条`), numeral).toEqual([[SUZHOU, 'title', '002-3']]);
  });

  it('does not take ordinals that are not clause mentions', () => {
    expect(seen(`${SUZHOU}第十三届会议第80号`)).toEqual([[SUZHOU, 'title', '002-3']]);
  });
});
