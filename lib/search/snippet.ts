import { fold, originalRange } from '../text/fold';
import type { Snippet } from './types';

/** UTF-16 units shown before the longest match, and in the whole window. */
const BEFORE = 24;
const WINDOW = 90;

/**
 * Cuts a window of `original` around the matched ranges, given as inclusive [from, to] indices
 * into its folded form (fold with dropWhitespace, as the index stores it), and maps the marks
 * back to the printed text.
 */
export function makeSnippet(original: string, foldedMatches: readonly (readonly [number, number])[]): Snippet {
  const folded = fold(original, { dropWhitespace: true });
  const ranges = foldedMatches
    .filter(([from, to]) => from <= to && to < folded.text.length)
    .map(([from, to]) => originalRange(folded, from, to + 1))
    .sort((a, b) => a[0] - b[0]);
  // Centre on the longest match: fuzzy matching also marks stray runs of query characters.
  const anchor = ranges.reduce<[number, number] | null>(
    (best, r) => (best === null || r[1] - r[0] > best[1] - best[0] ? r : best),
    null,
  );
  let start = anchor ? Math.max(0, anchor[0] - BEFORE) : 0;
  // Never cut a surrogate pair in half.
  if (start > 0 && isLowSurrogate(original.charCodeAt(start))) start--;
  let end = Math.min(original.length, start + WINDOW);
  if (end < original.length && isLowSurrogate(original.charCodeAt(end))) end++;
  const prefix = start > 0 ? '…' : '';
  const text = prefix + original.slice(start, end).trim() + (end < original.length ? '…' : '');
  const leading = original.slice(start, end).length - original.slice(start, end).trimStart().length;
  const shift = prefix.length - start - leading;
  const limit = text.length - (end < original.length ? 1 : 0);
  const marks = ranges
    .map(([a, b]): [number, number] => [Math.max(a + shift, prefix.length), Math.min(b + shift, limit)])
    .filter(([a, b]) => a < b);
  return { text, marks: mergeRanges(marks) };
}

function mergeRanges(sorted: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
