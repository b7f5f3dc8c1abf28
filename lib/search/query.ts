import { foldKey } from '../text/fold';

/**
 * Longest query searched, in code points of letters and digits. fuse.js's bitap matcher works
 * on patterns of at most 32 characters, and a pasted page is better served by its opening
 * words than by a freeze.
 */
export const MAX_QUERY_CHARS = 32;
/** Raw input looked at before folding: enough for a 文号 or clause path with surrounding words. */
const MAX_RAW_CHARS = 200;

export interface ParsedQuery {
  /** Folded (简体, half-width), whitespace collapsed, symbols kept: for 文号 and clause paths. */
  folded: string;
  /** Whitespace-separated words of letters and digits, within MAX_QUERY_CHARS in total. */
  words: string[];
}

const NOT_WORD_CHAR = /[^\p{L}\p{N}]+/gu;

export function parseQuery(raw: string): ParsedQuery {
  // Stryker disable next-line ObjectLiteral: `{}` leaves every fold option off, as `dropWhitespace: false` does.
  const folded = foldKey(raw.slice(0, MAX_RAW_CHARS), { dropWhitespace: false })
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const words: string[] = [];
  let budget = MAX_QUERY_CHARS;
  for (const part of folded.split(' ')) {
    const chars = Array.from(part.replace(NOT_WORD_CHAR, ''));
    if (chars.length === 0 || budget === 0) continue;
    words.push(chars.slice(0, budget).join(''));
    budget -= Math.min(budget, chars.length);
  }
  return { folded, words };
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits an unspaced Chinese phrase into words so that a half-remembered phrase (words swapped
 * or with other words between them) still matches. Runs of one-character segments are glued
 * back together (医|保 → 医保) and a lone character joins the word before it (创新|药 → 创新药):
 * a single character matches almost every clause and would rank nothing.
 */
export function splitWords(phrase: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  let pendingSingles = '';
  for (const { segment, isWordLike } of segmenter.segment(phrase)) {
    if (!isWordLike) continue;
    if (Array.from(segment).length === 1) {
      pendingSingles += segment;
      continue;
    }
    flushSingles();
    words.push(segment);
  }
  flushSingles();
  return words;

  function flushSingles(): void {
    if (!pendingSingles) return;
    if (Array.from(pendingSingles).length === 1 && words.length > 0) words[words.length - 1] += pendingSingles;
    else words.push(pendingSingles);
    pendingSingles = '';
  }
}
