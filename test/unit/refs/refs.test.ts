import { describe, expect, it } from 'vitest';
import { docNumberIdentity, findDocNumbers, parseDocNumber } from '../../../lib/refs/docNumber';
import { clauseMentionAt, mentionLabels } from '../../../lib/refs/clauseLabel';
import { issuerVariants, titleIdentity, titleKey } from '../../../lib/refs/title';

describe('文号 rule (one for corpus, detection and search)', () => {
  it('reads serials of up to five digits everywhere, and no more', () => {
    expect(parseDocNumber('国税函〔2009〕10086号')).toEqual({ issuer: '国税函', year: 2009, serial: 10086 });
    expect(findDocNumbers('依照国税函〔2009〕10086号办理').map((d) => d.docNumber)).toEqual(['国税函〔2009〕10086号']);
    expect(parseDocNumber('国税函〔2009〕100860号')).toBeNull();
    expect(findDocNumbers('国税函〔2009〕100860号')).toEqual([]);
  });

  it('compares 文号 across scripts, widths and brackets', () => {
    expect(docNumberIdentity('蘇政發（２０１８）１４４號')).toBe('苏政发〔2018〕144号');
    expect(docNumberIdentity('苏政发[2018]144号')).toBe(docNumberIdentity('苏政发〔2018〕144号'));
  });

  it('never lets an issuer run back across a line break', () => {
    expect(findDocNumbers('关于印发实施方案的通知\n苏府〔2022〕33号')).toEqual([{ docNumber: '苏府〔2022〕33号', index: 12 }]);
    expect(findDocNumbers('苏府〔2022〕33号')).toEqual([{ docNumber: '苏府〔2022〕33号', index: 0 }]);
  });

  it('leaves words that introduce a 文号 out of its issuer', () => {
    expect(findDocNumbers('请按照国函〔2025〕80号和苏政发[2018]144号执行').map((d) => d.docNumber)).toEqual(['国函〔2025〕80号', '苏政发[2018]144号']);
    expect(findDocNumbers('贯彻落实京政发〔2022〕12号').map((d) => d.docNumber)).toEqual(['京政发〔2022〕12号']);
  });
});

describe('title rule', () => {
  it('keys a title across scripts, line breaks, pinyin glosses and nested brackets', () => {
    expect(titleKey('國務院關於〈中國(江蘇)方案〉的批復')).toBe(titleKey('国务院关于<中国（江苏）\n方案>的批复'));
    expect(titleKey('商务部关于自由贸(mào)易试验区的通知')).toBe(titleKey('商务部关于自由贸易试验区的通知'));
  });

  it('names one document under its long and short issuer spellings', () => {
    expect(titleIdentity('江苏省人民政府关于推动X的意见')).toBe(titleIdentity('江苏省政府关于推动X的意见'));
    expect(issuerVariants(titleKey('江苏省人民政府关于推动X的意见'))).toEqual(expect.arrayContaining(['江苏省政府关于推动X的意见', '省政府关于推动X的意见']));
  });
});

describe('clause-label grammar', () => {
  it('reads 第七条 as an article or a digit-numbered item, and 第(八)项 as (八)', () => {
    expect(mentionLabels('条', 7)).toEqual(['第七条', '7']);
    expect(clauseMentionAt('第(八)项', 0)).toEqual({ end: 5, labels: ['(八)', '8'] });
    expect(clauseMentionAt('第三条第二款', 0)).toEqual({ end: 6, labels: ['第三条', '3'] });
  });
});

describe('mangled copies', () => {
  it('match a title whose year range lost its separator (2021~2023 printed as 20212023)', async () => {
    const { titleVariants } = await import('../../../lib/refs/title');
    expect(titleVariants(titleKey('三年行动计划(2021~2023)'))).toContain(titleKey('三年行动计划(20212023)'));
  });
});
