// How re-anchoring chooses among candidates when the quote was edited: nearness to the old
// position decides between equally good matches, an edited original in place beats a verbatim
// copy far away, and a quote at the very end of the page (no suffix) is still found when edited.
// Written from mutants of anchor.ts that the other tests let through.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describePosition, describeQuote } from '../../../lib/anchoring/describe';

const page = readFileSync(new URL('../../../seeds/002_651daa891df2331c.txt', import.meta.url), 'utf8');
const selectorsAt = (text: string, start: number, end: number) => ({ quote: describeQuote(text, start, end), position: describePosition(start, end) });

describe('anchor, choosing among edited matches', () => {
  it('puts a note back on the nearer of two paragraphs that were edited the same way', () => {
    // The page repeats a paragraph word for word, context included; the note was on its second
    // occurrence; the site then edited both the same way. Only nearness can tell them apart.
    const paragraph = '各设区市要结合实际制定具体实施细则,明确责任分工和进度安排,确保各项政策落到实处。对新获批的一类创新药给予最高不超过一千万元的奖励。以上措施由省财政厅会同有关部门负责解释,自印发之日起施行。';
    const sentence = '对新获批的一类创新药给予最高不超过一千万元的奖励';
    const original = `${page.slice(0, 1500)}${paragraph}${page.slice(1500, 2500)}${paragraph}${page.slice(2500, 3000)}`;
    const at = original.lastIndexOf(sentence);
    const selectors = selectorsAt(original, at, at + sentence.length);
    const edited = original.replaceAll(sentence, '对新获批的一类创新药给予最高不超过一千五百万元的奖励');
    const found = anchor(edited, selectors);
    expect(found?.method).toBe('fuzzy');
    expect(found!.start).toBe(edited.lastIndexOf('对新获批的一类创新药'));
  });

  it('keeps a note on its edited passage rather than on a verbatim copy far down the page', () => {
    const passage = '支持企业开展国际多中心临床试验并在境内外同步申报上市';
    const context = '。各市要加强组织协调,明确责任分工,完善工作机制,形成工作合力,推动各项任务落地见效,';
    const block = `${context}${passage}${context}`;
    const original = `${page.slice(0, 1000)}${block}${page}${page}${block}`;
    const at = original.indexOf(passage);
    const selectors = selectorsAt(original, at, at + passage.length);
    expect(original.lastIndexOf(passage) - at).toBeGreaterThan(4096);
    const edited = original.replace(passage, '支持企业开展国际多中心临床试验并在境内外同时申报上市');
    expect(anchor(edited, selectors)).toEqual({ start: at, end: at + passage.length, method: 'fuzzy' });
  });

  it('finds an edited quote at the very end of the page', () => {
    const text = page.trimEnd();
    const end = text.length;
    const selectors = selectorsAt(text, end - 20, end);
    expect(selectors.quote.suffix).toBe('');
    const edited = `${text.slice(0, end - 10)}改${text.slice(end - 9)}`;
    expect(anchor(edited, selectors)).toEqual({ start: end - 20, end, method: 'fuzzy' });
  });
});
