import { describe, expect, it } from 'vitest';
import { headingOf } from '../../../lib/corpus/headings';
import { buildOutline, numberingGaps, recogniseLabel } from '../../../lib/corpus/outline';

describe('label numbers', () => {
  it('reads the numerals used for sections, clauses and articles', () => {
    expect(['一', '九', '十', '十一', '十八', '二十', '二十四', '一百零二'].map((n) => recogniseLabel(`第${n}条 甲`)?.number)).toEqual([1, 9, 10, 11, 18, 20, 24, 102]);
  });

  it('takes no label whose numeral has no certain value', () => {
    for (const p of ['十零、甲', '零、甲', '(一二)甲', '第一百五条 甲']) expect(recogniseLabel(p), p).toBeNull();
  });
});

describe('recogniseLabel', () => {
  it.each([
    ['一、總體要求', 'section', '一、', '一', '總體要求'],
    ['(一)開展生物醫藥', 'paren', '(一)', '(一)', '開展生物醫藥'],
    ['（十二）加强知识产权保护', 'paren', '（十二）', '(十二)', '加强知识产权保护'],
    ['1.促进数字技术', 'item', '1.', '1', '促进数字技术'],
    ['14﹒优化生物医药', 'item', '14﹒', '14', '优化生物医药'],
    ['第一章 总 则', 'chapter', '第一章', '第一章', '总 则'],
    ['第二十一条 重大项目 对生物医药', 'article', '第二十一条', '第二十一条', '重大项目 对生物医药'],
    ['第三條 支持方向', 'article', '第三條', '第三条', '支持方向'],
  ])('%s', (paragraph, kind, printed, key, rest) => {
    expect(recogniseLabel(paragraph)).toMatchObject({ kind, printed, key, rest });
  });

  it('does not take numbers, dates or references for labels', () => {
    for (const p of ['2022年12月31日前落地实施', '1.5亿元', '对符合第三条所列范围', '到2023年,力争', '生物药:重点发展']) expect(recogniseLabel(p)).toBeNull();
  });
});

describe('buildOutline', () => {
  it('builds full paths where numbering restarts inside sections', () => {
    const outline = buildOutline(['序', '一、重点领域', '(一)创新医药。生物药', '二、主要任务', '(一)数字技术融合工程。', '1.促进数字技术。加快', '2.加强研发。重点', '(二)大中小融通发展工程。', '3.加强头部企业招引。重点']);
    expect(outline.preamble).toEqual(['序']);
    expect(outline.units.map((u) => u.path.join('/'))).toEqual(['一', '一/(一)', '二', '二/(一)', '二/(一)/1', '二/(一)/2', '二/(二)', '二/(二)/3']);
    expect(numberingGaps(outline.units)).toEqual([]);
  });

  it('puts articles under chapters and keeps unnumbered paragraphs with their unit', () => {
    const outline = buildOutline(['第一章 总 则', '第一条 适用范围 本文件…', '第二章 支持研发创新', '第六条 新药研发 对于…', '对开展临床试验…', '第五章 附 则', '本文件自印发之日起实施']);
    expect(outline.units.map((u) => [u.path.join('/'), u.paragraphs.length])).toEqual([
      ['第一章', 1],
      ['第一章/第一条', 1],
      ['第二章', 1],
      ['第二章/第六条', 2],
      ['第五章', 2],
    ]);
    expect(outline.closing).toEqual([]);
  });

  it('detaches a closing paragraph after the last run-in unit, not after a heading-only unit', () => {
    const runIn = buildOutline(['一、要求', '(一)甲。内容甲。', '(二)乙。内容乙。', '落实要求,按程序请示报告。']);
    expect(runIn.closing).toEqual(['落实要求,按程序请示报告。']);
    expect(runIn.units.at(-1)!.paragraphs).toEqual(['乙。内容乙。']);
    const headed = buildOutline(['一、总体要求', '(一)指导思想', '坚持…', '(二)基本原则', '全面开放…', '三、组织实施', '各区、各有关部门…']);
    expect(headed.closing).toEqual([]);
    expect(headed.units.at(-1)!.paragraphs).toEqual(['组织实施', '各区、各有关部门…']);
  });

  it('reports a numbering gap', () => {
    const outline = buildOutline(['一、甲', '(一)a。b', '(三)c。d']);
    expect(numberingGaps(outline.units).map((u) => u.label)).toEqual(['(三)']);
  });
});

describe('headingOf', () => {
  it('takes a heading on its own line, a spaced phrase, or a single-phrase first sentence', () => {
    expect(headingOf(['扩大市场准入', '争取国家有关部委支持'])).toEqual({ heading: '扩大市场准入' });
    expect(headingOf(['突出原始创新，抢占产业发展制高点。', '鼓励以精准治疗'])).toEqual({ heading: '突出原始创新，抢占产业发展制高点' });
    expect(headingOf(['适用范围 本文件适用于在苏州大市范围内进行登记注册'])).toEqual({ heading: '适用范围' });
    expect(headingOf(['開展生物醫藥和醫療器械技術創新。支持布局實施一批生物醫藥領域國家科技重大項目,發揮新型科研組織作用。'])).toEqual({ heading: '開展生物醫藥和醫療器械技術創新' });
    expect(headingOf(['数字技术融合工程。'])).toEqual({ heading: '数字技术融合工程' });
  });

  it('cuts a heading that runs into its body before the word that opens the body, and says so', () => {
    const result = headingOf(['实施揭榜挂帅打造安全稳定的生物医药产业链供应链按照“需求导向、系统谋划”的原则,依托中关村示范区。发榜企业…', '(市级部门:市科委)']);
    expect(result.heading).toBe('实施揭榜挂帅打造安全稳定的生物医药产业链供应链');
    expect(result.inferredFrom).toMatch(/^实施揭榜挂帅打造安全稳定的生物医药产业链供应链按照/);
  });

  it('gives no heading to a paragraph that is all body', () => {
    expect(headingOf(['对开展临床试验并在我市转化、符合本文件第三条范围内的新药予以资助:进入I、II、III期临床试验阶段的新药项目,分别给予资助。'])).toEqual({ heading: null });
  });
});
