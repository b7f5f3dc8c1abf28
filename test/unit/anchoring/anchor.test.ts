import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describePosition, describeQuote } from '../../../lib/anchoring/describe';

// A long page of CJK text without spaces between words: the 002 search-results seed.
const page = readFileSync(new URL('../../../seeds/002_651daa891df2331c.txt', import.meta.url), 'utf8');

function selectorsFor(text: string, exact: string, occurrence = 0) {
  let start = text.indexOf(exact);
  for (let i = 0; i < occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`fixture text lacks ${exact}`);
  const end = start + exact.length;
  return { quote: describeQuote(text, start, end), position: describePosition(start, end) };
}

const quoted = '根据企业不同发展阶段采取支持鼓励研发创新';

describe('describeQuote', () => {
  it('keeps 32 units of context on each side, fewer at the ends of the text', () => {
    const q = describeQuote(page, 100, 110);
    expect(q).toEqual({
      type: 'TextQuoteSelector',
      exact: page.slice(100, 110),
      prefix: page.slice(68, 100),
      suffix: page.slice(110, 142),
    });
    expect(describeQuote('一二三四', 0, 2)).toEqual({ type: 'TextQuoteSelector', exact: '一二', prefix: '', suffix: '三四' });
  });
});

describe('anchor', () => {
  it('finds unchanged text at its old position', () => {
    const selectors = selectorsFor(page, quoted);
    expect(anchor(page, selectors)).toEqual({ ...pick(selectors.position), method: 'position' });
  });

  it('follows text moved by an insertion before it', () => {
    const selectors = selectorsFor(page, quoted);
    const inserted = '【新增】本页已更新,增加了一段说明文字。';
    const edited = inserted + page;
    const found = anchor(edited, selectors);
    expect(found).toEqual({ start: selectors.position.start + inserted.length, end: selectors.position.end + inserted.length, method: 'quote' });
    expect(edited.slice(found!.start, found!.end)).toBe(quoted);
  });

  it('finds a quote with a few characters changed inside it and around it', () => {
    const selectors = selectorsFor(page, quoted);
    const edited = page
      .replace(quoted, '根据企业不同的发展阶段采取支持和鼓励研究创新')
      .replace('优化审评审批流程', '优化审批流程');
    const found = anchor(edited, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(edited.slice(found!.start, found!.end)).toBe('根据企业不同的发展阶段采取支持和鼓励研究创新');
  });

  it('finds an edited quote at the very start of the page', () => {
    const selectors = selectorsFor(page, page.slice(0, 20));
    const edited = `改${page.slice(1)}`;
    expect(anchor(edited, selectors)).toEqual({ start: 0, end: 20, method: 'fuzzy' });
  });

  it('finds an edited quote that also moved far from its old position', () => {
    const selectors = selectorsFor(page, quoted);
    const edited = '前言。'.repeat(5000) + page.replace(quoted, '根据企业不同发展阶段,采取支持鼓励研发创新');
    const found = anchor(edited, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(edited.slice(found!.start, found!.end)).toBe('根据企业不同发展阶段,采取支持鼓励研发创新');
  });

  it('gives up when the quote was deleted, even though look-alike phrases remain elsewhere', () => {
    const exact = '推动苏州市生物医药产业高质量发展';
    const selectors = selectorsFor(page, exact);
    const edited = page.replace(exact, '');
    expect(edited).toContain('生物医药产业高质量发展');
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('picks the occurrence of a repeated quote whose context matches', () => {
    const exact = '生物医药产业';
    const selectors = selectorsFor(page, exact, 40);
    const edited = '插入的新段落。' + page;
    const found = anchor(edited, selectors);
    expect(found).toEqual({ start: selectors.position.start + 7, end: selectors.position.end + 7, method: 'quote' });
  });

  it('picks the occurrence nearest the old position when the contexts are identical', () => {
    const text = '同意。'.repeat(30);
    // Every occurrence has the same context; the stored position is one unit off.
    const quote = describeQuote(text, 45, 47);
    expect(anchor(text, { quote, position: describePosition(44, 46) })).toEqual({ start: 45, end: 47, method: 'quote' });
    expect(anchor(text, { quote, position: describePosition(50, 52) })).toEqual({ start: 51, end: 53, method: 'quote' });
  });

  it('prefers an edited quote at its old place to an exact copy of it elsewhere', () => {
    // 责任单位 lists repeat word for word across a policy page.
    const list = '省发展改革委、省工业和信息化厅、省财政厅、省卫生健康委';
    const before = `一、加强人才引进。具体措施略。(责任单位:${list})${page.slice(0, 3000)}二、加大金融支持。具体措施略。(责任单位:`;
    const original = `${before}${list})三、优化审评审批。`;
    const selectors = selectorsFor(original, list, 1);
    const edited = original.replace(`${list})三`, '省发展改革委、省工信厅、省财政厅、省卫生健康委)三');
    expect(anchor(edited, selectors)).toEqual({ start: before.length, end: before.length + 23, method: 'fuzzy' });
  });

  it('prefers the exact quote just after an insertion to a copy elsewhere with a closer context', () => {
    const quote = '支持企业开展国际多中心临床试验';
    // The copy ends its prefix like the original did (鼓励并); the insertion breaks the original's.
    const original = `${page.slice(0, 2000)}各地鼓励并${quote}。${page.slice(2000, 4000)}鼓励并${quote}。`;
    const selectors = selectorsFor(original, quote, 1);
    const at = original.lastIndexOf(quote);
    const edited = `${original.slice(0, at)}(新增说明)${original.slice(at)}`;
    expect(anchor(edited, selectors)).toEqual({ start: at + 6, end: at + 6 + quote.length, method: 'quote' });
  });

  it('finds an edited short quote at its place among dozens of exact copies nearby', () => {
    // 生物医药 occurs 63 more times within the 4096 characters either side of this one.
    const start = page.indexOf('生物医药企业和机构,');
    const selectors = { quote: describeQuote(page, start, start + 4), position: describePosition(start, start + 4) };
    const edited = `${page.slice(0, start)}生物改药${page.slice(start + 4)}`;
    expect(anchor(edited, selectors)).toEqual({ start, end: start + 4, method: 'fuzzy' });
  });

  it('falls back to the quote when the position is out of range or empty', () => {
    const selectors = selectorsFor(page, quoted);
    const expected = { ...pick(selectors.position), method: 'quote' };
    expect(anchor(page, { ...selectors, position: describePosition(page.length + 10, page.length + 30) })).toEqual(expected);
    expect(anchor(page, { ...selectors, position: describePosition(50, 50) })).toEqual(expected);
    expect(anchor(page, { ...selectors, position: describePosition(-5, 3) })).toEqual(expected);
  });

  it('finds nothing on an empty page', () => {
    expect(anchor('', selectorsFor(page, quoted))).toBeNull();
  });

  it('does not accept a short quote with a changed character on thin evidence', () => {
    const text = '第一条适用范围。第二条主要目的。';
    const selectors = selectorsFor(text, '适用');
    expect(anchor('第一条使用范围。第二条主要目的。', selectors)).toBeNull();
  });
});

function pick({ start, end }: { start: number; end: number }) {
  return { start, end };
}
