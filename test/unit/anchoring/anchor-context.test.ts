// Which of two identical quotes a note goes back to when only a character or two of their
// context differs: the nearest copy to a stale position must not win over the copy whose
// context the note remembers, whichever end of the 32-unit context the difference sits at.
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describePosition, describeQuote, QUOTE_CONTEXT_LENGTH } from '../../../lib/anchoring/describe';

const lead = '为进一步优化营商环境推动产业高质量发展现将有关事项通知如下各地要抓好落实';
const tail = '申报单位应当按照要求如实填写材料并对材料的真实性负责逾期不予受理特此通知';
const quote = '详见附件';
const between = '另行通知。'.repeat(100);

/**
 * Two copies of `quote` whose contexts differ only where `first` and `second` are placed, a
 * few hundred characters apart (further than a one-character context difference outweighs
 * nearness when candidates are ranked). The note was made on the second copy; its stored
 * position has gone stale and now points just after the first copy (text was removed
 * between them), so nearness favours the wrong one.
 */
function twoCopies(first: string, second: string) {
  const text = `通知。${first}。${between}${second}。完。`;
  const right = text.indexOf(quote, text.indexOf(between) + between.length);
  const wrong = text.indexOf(quote);
  expect(right).toBeGreaterThan(wrong);
  const selectors = { quote: describeQuote(text, right, right + quote.length), position: describePosition(wrong + 1, wrong + 1 + quote.length) };
  return { text, selectors, right: { start: right, end: right + quote.length } };
}

describe('anchor, two copies told apart by their context only', () => {
  it('goes to the copy whose following character matches (附件1 vs 附件2)', () => {
    const { text, selectors, right } = twoCopies(`${lead}${quote}1${tail}`, `${lead}${quote}2${tail}`);
    expect(anchor(text, selectors)).toEqual({ ...right, method: 'quote' });
  });

  it('goes to the right copy when only the last character of the remembered suffix differs', () => {
    const after = tail.slice(0, QUOTE_CONTEXT_LENGTH - 1);
    const { text, selectors, right } = twoCopies(`${lead}${quote}${after}甲${tail}`, `${lead}${quote}${after}乙${tail}`);
    expect(selectors.quote.suffix.at(-1)).toBe('乙');
    expect(anchor(text, selectors)).toEqual({ ...right, method: 'quote' });
  });

  it('goes to the copy whose preceding character matches', () => {
    const { text, selectors, right } = twoCopies(`${lead}甲${quote}${tail}`, `${lead}乙${quote}${tail}`);
    expect(anchor(text, selectors)).toEqual({ ...right, method: 'quote' });
  });

  it('goes to the right copy when only the first character of the remembered prefix differs', () => {
    const before = lead.slice(-(QUOTE_CONTEXT_LENGTH - 1));
    const { text, selectors, right } = twoCopies(`${lead}甲${before}${quote}${tail}`, `${lead}乙${before}${quote}${tail}`);
    expect(selectors.quote.prefix[0]).toBe('乙');
    expect(anchor(text, selectors)).toEqual({ ...right, method: 'quote' });
  });
});

describe('anchor at the start of the page', () => {
  it('keeps a note on the first words while they are still there, though the words after them changed and a copy elsewhere kept the old ones', () => {
    const original = `${quote}1${tail}`;
    const selectors = { quote: describeQuote(original, 0, quote.length), position: describePosition(0, quote.length) };
    const edited = `${quote}3${tail}。${lead}${quote}1${tail}`;
    expect(anchor(edited, selectors)).toEqual({ start: 0, end: quote.length, method: 'position' });
  });
});
