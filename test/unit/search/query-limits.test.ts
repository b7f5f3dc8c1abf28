// What a typed or pasted query becomes before the library is searched (lib/search/query.ts):
// the facts behind "search finds what I typed, however I spaced or punctuated it".
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, parseQuery, splitWords } from '../../../lib/search/query';

describe('parseQuery', () => {
  it('collapses runs of spaces, so a 文号 or clause path typed with extra spaces reads the same', () => {
    expect(parseQuery('  江苏   措施 ').folded).toBe('江苏 措施');
    expect(parseQuery('第 7　　条').folded).toBe('第 7 条');
  });

  it('keeps whole words up to the limit and no empty ones after it', () => {
    const words = parseQuery('医保目录 '.repeat(20)).words;
    expect(words).toEqual(Array(MAX_QUERY_CHARS / 4).fill('医保目录'));
  });

  it('reads a pasted page from its opening only', () => {
    const query = parseQuery(`苏政发〔2018〕144号 ${'文字'.repeat(5000)}`);
    expect(query.folded.startsWith('苏政发〔2018〕144号')).toBe(true);
    expect(Array.from(query.folded).length).toBeLessThanOrEqual(200);
  });
});

describe('splitWords', () => {
  it('drops punctuation and keeps every character of the words', () => {
    expect(splitWords('医保目录，创新药').join('')).toBe('医保目录创新药');
    expect(splitWords('对创新药').join('')).toBe('对创新药');
  });

  it('glues a run of single characters into a word of its own, not onto the word before', () => {
    expect(splitWords('药品医保目录')).toContain('医保');
  });
});
