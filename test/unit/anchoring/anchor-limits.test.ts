// Where re-anchoring draws its lines: how far an intact copy of a note's passage may have moved
// and still be taken as it is, how much of a quote may change before it is reported unfound,
// which of several edited copies a note goes back to when one character of context tells them
// apart, and that a quote moved far up or down a page is still searched for.
// Written from the mutants of anchor.ts that the other tests let through (MUTATION.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describePosition, describeQuote } from '../../../lib/anchoring/describe';

const page = readFileSync(new URL('../../../seeds/002_651daa891df2331c.txt', import.meta.url), 'utf8');
const selectorsAt = (text: string, start: number, end: number) => ({ quote: describeQuote(text, start, end), position: describePosition(start, end) });

const before = '根据省政府要求为进一步优化营商环境推动产业高质量发展现将有关事项通知如下'; // 36 units
const after = '申报单位应当按照要求如实填写材料并对材料的真实性负责逾期不予受理特此通知'; // 36 units
const quote = '对新获批的一类创新药给予最高一千万元奖励'; // 20 units
const edited = '对新获批的一类创新药给予最高两千万元奖励'; // one unit changed

describe('anchor, an intact copy of the passage against an edited one at the old place', () => {
  // The note was made at `at`, its 32 units of context either side within `before` and `after`. The page now has the
  // passage edited at that place, and an intact copy (quote and context) `distance` away.
  const at = 5000 + before.length;
  const original = `${page.slice(0, 5000)}${before}${quote}${after}${page.slice(5000, 9000)}`;
  const selectors = selectorsAt(original, at, at + quote.length);
  const block = (q: string) => `${before}${q}${after}`;

  function copyAfter(distance: number) {
    const gap = page.slice(5000, 5000 + distance - block(quote).length);
    return `${page.slice(0, 5000)}${block(edited)}${gap}${block(quote)}${page.slice(9000, 12000)}`;
  }
  function copyBefore(distance: number) {
    const lead = page.slice(0, 5000 - distance);
    const gap = page.slice(6000, 6000 + distance - block(quote).length);
    return `${lead}${block(quote)}${gap}${block(edited)}${page.slice(9000, 12000)}`;
  }

  it('follows the intact copy when it moved by up to 4096 characters down the page', () => {
    const text = copyAfter(4096);
    expect(text.indexOf(quote)).toBe(at + 4096);
    expect(anchor(text, selectors)).toEqual({ start: at + 4096, end: at + 4096 + quote.length, method: 'quote' });
  });

  it('stays with the edited passage when the intact copy is further down than that', () => {
    const text = copyAfter(4097);
    expect(text.indexOf(quote)).toBe(at + 4097);
    expect(anchor(text, selectors)).toEqual({ start: at, end: at + edited.length, method: 'fuzzy' });
  });

  it('follows the intact copy when it moved by up to 4096 characters up the page', () => {
    const text = copyBefore(4096);
    expect(text.indexOf(quote)).toBe(at - 4096);
    expect(text.indexOf(edited)).toBe(at);
    expect(anchor(text, selectors)).toEqual({ start: at - 4096, end: at - 4096 + quote.length, method: 'quote' });
  });

  it('stays with the edited passage when the intact copy is further up than that', () => {
    const text = copyBefore(4097);
    expect(text.indexOf(quote)).toBe(at - 4097);
    expect(anchor(text, selectors)).toEqual({ start: at, end: at + edited.length, method: 'fuzzy' });
  });
});

describe('anchor, a quote that moved', () => {
  it('is found after a long deletion moved it far up from near the end of the page', () => {
    const at = page.length - 1000;
    const original = `${page.slice(0, at)}${quote}${page.slice(at)}`;
    const selectors = selectorsAt(original, at, at + quote.length);
    const text = `${page.slice(0, at - 6000)}${edited}${page.slice(at)}`;
    expect(anchor(text, selectors)).toEqual({ start: at - 6000, end: at - 6000 + edited.length, method: 'fuzzy' });
  });

  it('is found after a long insertion moved it far down from near the start of the page', () => {
    const at = 1000;
    const original = `${page.slice(0, at)}${quote}${page.slice(at)}`;
    const selectors = selectorsAt(original, at, at + quote.length);
    const inserted = page.slice(10000, 16000);
    const text = `${page.slice(0, at)}${inserted}${edited}${page.slice(at)}`;
    expect(anchor(text, selectors)).toEqual({ start: at + 6000, end: at + 6000 + edited.length, method: 'fuzzy' });
  });

  it('goes to the nearer of two copies found far away with the same changed context', () => {
    const original = `${page.slice(0, 100)}${before}${quote}${after}${page.slice(100, 3000)}`;
    const at = 100 + before.length;
    const selectors = selectorsAt(original, at, at + quote.length);
    // The sentence before the quote was reworded, and the paragraph now appears twice, far down.
    const moved = `${before.slice(0, -2)}如下:${quote}${after}`;
    const text = `${page.slice(0, 100)}${page.slice(10000, 15000)}${moved}${page.slice(100, 400)}${moved}${page.slice(400, 3000)}`;
    const first = text.indexOf(quote);
    expect(first - at).toBeGreaterThan(4096);
    expect(anchor(text, selectors)).toEqual({ start: first, end: first + quote.length, method: 'quote' });
  });

  it('goes to the copy whose context the note remembers, not to a later copy nearer its stale position', () => {
    // Two copies differ by the character before the quote; the note is on the first, and text
    // inserted above moved the page so that the stored position now points at the second.
    const noted = `通知。${before}甲${quote}${after}${'另行通知。'.repeat(100)}${before}乙${quote}${after}完。`;
    const at = noted.indexOf(quote);
    const second = noted.lastIndexOf(quote);
    const selectors = { quote: describeQuote(noted, at, at + quote.length), position: describePosition(second - 1, second - 1 + quote.length) };
    expect(anchor(noted, selectors)).toEqual({ start: at, end: at + quote.length, method: 'quote' });
  });
});

describe('anchor, how much of a quote may change', () => {
  // A page whose whole text is the noted line: no context, so the quote alone is the evidence.
  const line = '自印发之日起施行';
  const selectors = selectorsAt(line, 0, line.length);

  it('still finds a line with a quarter of its characters changed', () => {
    expect(anchor('自公布之日起施行', selectors)).toEqual({ start: 0, end: 8, method: 'fuzzy' });
  });

  it('reports a line with more than a quarter changed as unfound rather than attaching to it', () => {
    expect(anchor('自公布之时起施行', selectors)).toBeNull();
  });

  it('still finds a quote with six of its twenty characters changed where its context is intact', () => {
    const at = 3000;
    const original = `${page.slice(0, at)}${quote}${page.slice(at)}`;
    const selectors = selectorsAt(original, at, at + quote.length);
    const changed = [...quote].map((c, i) => (i % 3 === 2 ? '某' : c)).join('');
    expect([...changed].filter((c, i) => c !== quote[i])).toHaveLength(6);
    const text = `${page.slice(0, at)}${changed}${page.slice(at)}`;
    expect(anchor(text, selectors)).toEqual({ start: at, end: at + quote.length, method: 'fuzzy' });
  });

  it('finds an edited quote in the first line of the page, whose remembered context before it is short', () => {
    const at = 10;
    const original = `${page.slice(0, at)}${quote}${page.slice(at)}`;
    const selectors = selectorsAt(original, at, at + quote.length);
    expect(selectors.quote.prefix).toHaveLength(10);
    const changed = quote.replace('一类', '二等');
    const text = `${page.slice(0, at)}${changed}${page.slice(at)}`;
    expect(anchor(text, selectors)).toEqual({ start: at, end: at + quote.length, method: 'fuzzy' });
  });
});

describe('anchor, choosing among edited copies of a quote', () => {
  // The site edited the quote everywhere. In the first two tests two copies stand 100
  // characters apart, their context differing by one character next to the quote; the stored
  // position is stale and points just after the wrong copy, but a remembered character counts
  // for more than 100 characters of nearness.
  const filler = '另行通知。另行通知。另行通知。';
  function twoEdited(wrong: string, right: string, changedQuote: string) {
    const text = `通知。${wrong.replace(quote, changedQuote)}${filler}${right.replace(quote, changedQuote)}完。`;
    const noted = `通知。${wrong}${filler}${right}完。`;
    const rightAt = noted.lastIndexOf(quote);
    const wrongAt = noted.indexOf(quote);
    const selectors = { quote: describeQuote(noted, rightAt, rightAt + quote.length), position: describePosition(wrongAt + 1, wrongAt + 1 + quote.length) };
    return { text, selectors, rightAt };
  }

  it('goes to the copy whose following character the note remembers (附件1 vs 附件2)', () => {
    const { text, selectors, rightAt } = twoEdited(`${before}${quote}1${after}`, `${before}${quote}2${after}`, edited);
    expect(anchor(text, selectors)).toEqual({ start: rightAt, end: rightAt + edited.length, method: 'fuzzy' });
  });

  it('goes to the copy whose preceding character the note remembers', () => {
    const { text, selectors, rightAt } = twoEdited(`${before}甲${quote}${after}`, `${before}乙${quote}${after}`, edited);
    expect(anchor(text, selectors)).toEqual({ start: rightAt, end: rightAt + edited.length, method: 'fuzzy' });
  });

  it('goes to the nearer of two identical edited copies when the page shifted by a few characters', () => {
    // Same context around both copies: only nearness tells them apart, and neither copy is
    // exactly at the stored position any more.
    const paragraph = `${before}${quote}${after}`;
    const noted = `${page.slice(0, 2000)}${paragraph}${filler}${paragraph}${page.slice(2000, 3000)}`;
    const at = noted.lastIndexOf(quote);
    const selectors = selectorsAt(noted, at, at + quote.length);
    const text = `(更新)${noted.replaceAll(quote, edited)}`;
    expect(anchor(text, selectors)).toEqual({ start: at + 4, end: at + 4 + edited.length, method: 'fuzzy' });
  });
});

describe('anchor, notes that cannot be placed by their position', () => {
  it('goes back to the quote when the position was damaged to start before the page', () => {
    const text = '一二三四五六';
    const selectors = { quote: describeQuote(text, 2, 3), position: describePosition(-4, 3) };
    expect(anchor(text, selectors)).toEqual({ start: 2, end: 3, method: 'quote' });
  });

  it('places a note with an empty quote nowhere', () => {
    const selectors = { quote: describeQuote(page, 3, 3), position: describePosition(3, 4) };
    expect(anchor(page, selectors)).toBeNull();
  });
});
