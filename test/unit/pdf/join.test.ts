import { describe, expect, it } from 'vitest';
import { joinPdfText, locateOffset, offsetOfItem, pageAt, splitByPage, type PdfPageText, type PdfTextItem } from '@/lib/pdf/join';

const H = 12;
/** A page of 600×800 points whose lines are [x, text] pairs, 20 points apart from the top margin down. */
function page(lines: ([number, string] | [number, string, number])[], extra: PdfTextItem[] = []): PdfPageText {
  const items: PdfTextItem[] = lines.map(([x, str, width], i) => ({ str, x, y: 700 - i * 20, width: width ?? str.length * H, height: H, hasEOL: true }));
  return { width: 600, height: 800, items: [...extra, ...items] };
}
const header = (text: string): PdfTextItem => ({ str: text, x: 250, y: 770, width: 100, height: 9, hasEOL: true });
const footer = (text: string): PdfTextItem => ({ str: text, x: 290, y: 30, width: 20, height: 9, hasEOL: true });

// Full lines reach x = 60 + 40 × 12 = 540.
const FULL = 40;

describe('joinPdfText', () => {
  it('joins a line broken inside a 文号 with nothing between the characters', () => {
    const first = '根据《江苏省人民政府关于推动生物医药产业高质量发展的意见》(苏政发〔2018〕';
    const joined = joinPdfText([page([[60, '一'.repeat(FULL - first.length) + first], [60, '144号)精神，制定本方案。']])]);
    expect(joined.text).toContain('苏政发〔2018〕144号');
    expect(joined.text).not.toContain('\n');
  });

  it('keeps a paragraph break after a short line ending a sentence, and before a numbered unit', () => {
    const full = '各地区各部门要'.padEnd(FULL, '做');
    const joined = joinPdfText([page([[60, full], [60, '这是第一段的文字，到此结束。'], [84, '这是第二段。'], [60, '（一）加强组织领导。']])]);
    expect(joined.text).toBe(`${full}这是第一段的文字，到此结束。\n这是第二段。\n（一）加强组织领导。`);
  });

  it('joins a clause list across a page break and leaves out running headers and page numbers', () => {
    const title = '苏州市生物医药产业创新集群建设实施方案';
    const pages = [
      page([[60, '（一）第一项措施的文字很长很长很长很长很长很长很长很长很长很长很长很长很长'.padEnd(FULL, '长')], [60, '继续第一项。'], [60, '（二）第二项措施的文字很长很长很长很长很长很长很长很长很长很长很长很长很长'.padEnd(FULL, '长')]], [header(title), footer('- 1 -')]),
      page([[60, '在下一页继续第二项。'], [60, '（三）第三项。']], [header(title), footer('- 2 -')]),
      page([[60, '（四）第四项。']], [header(title), footer('- 3 -')]),
    ];
    const joined = joinPdfText(pages);
    expect(joined.text).not.toContain(title);
    expect(joined.text).not.toMatch(/- \d -/);
    expect(joined.text).toContain('长在下一页继续第二项。\n（三）第三项。\n（四）第四项。');
    expect(joined.dropped.map((d) => d.page)).toEqual(expect.arrayContaining([0, 1, 2]));
    expect(joined.dropped).toHaveLength(6);
  });

  it('puts a space between Latin words broken across lines, none next to CJK', () => {
    const joined = joinPdfText([page([[60, 'The quick brown fox jumps over the lazy', 480], [60, 'dog.']])]);
    expect(joined.text).toBe('The quick brown fox jumps over the lazy dog.');
  });

  it('leaves a single page without repeated lines alone (a title is not a running header)', () => {
    const joined = joinPdfText([page([[200, '关于推动生物医药产业高质量发展的意见'], [84, '各市、县人民政府：']])]);
    expect(joined.text).toContain('关于推动生物医药产业高质量发展的意见');
  });
});

describe('offset maps', () => {
  const pages = [page([[60, 'ABC'.padEnd(FULL, 'x')], [60, 'DEF。']]), page([[60, 'GHI']])];
  const joined = joinPdfText(pages);

  it('maps text offsets to items and back', () => {
    const at = joined.text.indexOf('E');
    expect(locateOffset(joined, at, false)).toEqual({ page: 0, item: 1, offset: 1 });
    expect(offsetOfItem(joined, 0, 1, 1)).toBe(at);
    expect(pageAt(joined, joined.text.indexOf('G'))).toBe(1);
  });

  it('moves a start in a separator to the next item and an end to the previous one', () => {
    const sep = joined.text.indexOf('\n');
    expect(sep).toBeGreaterThan(0);
    expect(locateOffset(joined, sep, false)).toEqual({ page: 1, item: 0, offset: 0 });
    expect(locateOffset(joined, sep + 1, true)).toEqual({ page: 0, item: 1, offset: 4 });
  });

  it('splits a span that crosses a page break into one part per page (the break goes with the page before)', () => {
    const start = joined.text.indexOf('F');
    const end = joined.text.indexOf('H') + 1;
    expect(splitByPage(joined, start, end).map((p) => [p.page, joined.text.slice(p.start, p.end)])).toEqual([
      [0, 'F。\n'],
      [1, 'GH'],
    ]);
  });
});
