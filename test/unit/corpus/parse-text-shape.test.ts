// What the general parser decides about a text's shape before reading it (lib/corpus/parse-text.ts):
// whether it is PDF text broken at the page width (its lines are then joined), and whether it
// has numbered units at all (otherwise the user is told it would be saved as one unit).
import { describe, expect, it } from 'vitest';
import { looksHardWrapped, parsePolicyText } from '../../../lib/corpus/parse-text';

/** A line `width` characters wide, ending mid-sentence or with a full stop. */
const line = (width: number, ends: 'open' | 'sentence') => '支'.repeat(width - 1) + (ends === 'open' ? '持' : '。');

describe('text copied out of a PDF', () => {
  it('is recognised by its full lines stopping mid-sentence: five of them are enough', () => {
    expect(looksHardWrapped(Array(5).fill(line(15, 'open')))).toBe(true);
    expect(looksHardWrapped(Array(4).fill(line(15, 'open')))).toBe(false);
  });

  it('counts a line as full from 15 characters', () => {
    expect(looksHardWrapped(Array(6).fill(line(14, 'open')))).toBe(false);
  });

  it('needs more than three in five full lines to stop mid-sentence', () => {
    const lines = (open: number, sentences: number) => [...Array(open).fill(line(20, 'open')), ...Array(sentences).fill(line(20, 'sentence'))];
    expect(looksHardWrapped(lines(4, 1))).toBe(true);
    expect(looksHardWrapped(lines(3, 2))).toBe(false);
    expect(looksHardWrapped(lines(0, 6))).toBe(false);
  });

  it('is joined into paragraphs when pasted as plain text', () => {
    const body = ['关于某某的若干措施', '一、支持研发', ...Array(6).fill(line(20, 'open')), '完。'];
    const parsed = parsePolicyText(body.join('\n'), { id: 'u1', source: 'pasted.txt', kind: 'text' });
    expect(parsed.clauses).toHaveLength(1);
    expect(parsed.clauses[0]!.text).toContain(line(20, 'open').repeat(6));
    expect(parsed.quality.some((q) => q.kind === 'repaired' && q.message.startsWith('PDF text: joined'))).toBe(true);
  });
});

describe('a text with numbered units', () => {
  it('is structured, with no flag that it would be saved as one unit', () => {
    const parsed = parsePolicyText('关于某某的意见\n一、总体要求\n坚持创新。\n二、支持研发\n给予奖励。', { id: 'u1', source: 'a.txt', kind: 'text' });
    expect(parsed.structured).toBe(true);
    expect(parsed.counts).toEqual({ section: 2 });
    expect(parsed.quality.filter((q) => q.kind === 'flagged' && /numbered|one unit/.test(q.message))).toEqual([]);
    const flat = parsePolicyText('关于某某工作的通知\n请各单位认真做好某某工作。', { id: 'u2', source: 'b.txt', kind: 'text' });
    expect(flat.quality.filter((q) => q.kind === 'flagged' && /one unit/.test(q.message))).toHaveLength(1);
  });
});
