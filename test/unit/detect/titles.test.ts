import { describe, expect, it } from 'vitest';
import { seen } from './helpers';

const PLAN_TW = '中國(江蘇)自由貿易試驗區生物醫藥全產業鏈開放創新發展方案';
const PLAN_CN = '中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案';

describe('titles in 《》', () => {
  it('finds a held title in 简体 and in 繁體', () => {
    expect(seen(`印发《${PLAN_CN}》的通知`)).toEqual([[`《${PLAN_CN}》`, 'title', '000']]);
    expect(seen(`印發《${PLAN_TW}》的通知`)).toEqual([[`《${PLAN_TW}》`, 'title', '000']]);
    expect(seen('落实《江蘇省人民政府關于推動生物医药产业高质量发展的意见》')).toEqual([['《江蘇省人民政府關于推動生物医药产业高质量发展的意见》', 'title', '004']]);
  });

  it('finds a title printed in a mix of 简体 and 繁體', () => {
    const mixed = '《中國(江苏)自由貿易试验区生物医藥全产業链开放创新發展方案》';
    expect(seen(mixed)).toEqual([[mixed, 'title', '000']]);
  });

  it('tolerates full-width parentheses, line breaks, spaces and pinyin inside the title', () => {
    expect(seen('《中国（江苏）自由贸易试验区生物医药全产业链开放创新发展方案》')).toHaveLength(1);
    const broken = '《中国(江苏)自由贸易试验区\n生物医药全产业链 开放创新发展方案》';
    expect(seen(broken)).toEqual([[broken, 'title', '000']]);
    const glossed = '《中国(江苏)自由贸(mào)易试验区生物医药全产业链开放创新发展方案》';
    expect(seen(glossed)).toEqual([[glossed, 'title', '000']]);
    const ruby = '《中国(江苏)自由贸mào易试验区生物医药全产业链开放创新发展方案》';
    expect(seen(ruby)).toEqual([[ruby, 'title', '000']]);
  });

  it('finds a cited title with a nested title in 〈〉, <> or 《》', () => {
    for (const [open, close] of [['<', '>'], ['〈', '〉'], ['《', '》'], ['＜', '＞']]) {
      const title = `《國務院關于${open}${PLAN_TW}${close}的批復》`;
      expect(seen(`请按照${title}有关要求`), open).toEqual([[title, 'title', 'cited-guohan-2025-80']]);
    }
  });

  it('finds a held document cited under a shortened issuer name, and the reverse', () => {
    expect(seen('为贯彻落实《江苏省政府关于推动生物医药产业高质量发展的意见》')).toEqual([['《江苏省政府关于推动生物医药产业高质量发展的意见》', 'title', '004']]);
    expect(seen('落实《省政府关于推动生物医药产业高质量发展的意见》')).toEqual([['《省政府关于推动生物医药产业高质量发展的意见》', 'title', '004']]);
    expect(seen('落实《苏州市政府关于推动生物医药产业高质量发展的意见》')).toEqual([]);
  });

  it('finds a cited title that the library does not hold', () => {
    expect(seen('按照《药物临床试验质量管理规范》开展')).toEqual([['《药物临床试验质量管理规范》', 'title', 'cited-gcp']]);
  });

  it('finds the nested title alone when the outer title is unknown', () => {
    const text = `《商务部 江苏省人民政府关于印发〈${PLAN_CN}〉的通知》`;
    expect(seen(text)).toEqual([[`〈${PLAN_CN}〉`, 'title', '000']]);
  });

  it('ignores 《》 around books, laws and policies it does not know', () => {
    expect(seen('他在读《红楼梦》和《中华人民共和国药品管理法》。')).toEqual([]);
    expect(seen('根据《方案》第十三条')).toEqual([]);
  });

  it('highlights a held title inside an unknown or unclosed 《》 as a bare title only', () => {
    expect(seen(`《${PLAN_CN}的解读》`)).toEqual([[PLAN_CN, 'title', '000']]);
    expect(seen(`《${PLAN_CN}`)).toEqual([[PLAN_CN, 'title', '000']]);
  });
});

describe('titles without 《》', () => {
  it('finds a long held title printed bare, even across a line break', () => {
    const text = ' 江苏省人民政府关于推动生物医药产业\n高质量发展的意见\n\n苏政发〔2018〕144号';
    expect(seen(text)).toEqual([
      ['江苏省人民政府关于推动生物医药产业\n高质量发展的意见', 'title', '004'],
      ['苏政发〔2018〕144号', 'docNumber', '004'],
    ]);
  });

  it('does not match cited titles or short titles bare', () => {
    expect(seen('按照药物临床试验质量管理规范开展')).toEqual([]);
  });
});
