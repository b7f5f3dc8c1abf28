import type { TextPositionSelector, TextQuoteSelector } from '../notes/schema';
import { alignEnd, approxSearch } from './approx-search';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type Anchor = { start: number; end: number; method: AnchorMethod };

/**
 * A fuzzy match is accepted when this share of the evidence agrees: the quote counts for 50,
 * each non-empty side of context for 20 (the weights the Hypothesis client uses). 0.75 accepts
 * a quote with a few characters edited when its context survives, and rejects a look-alike
 * elsewhere whose context differs.
 */
const MIN_FUZZY_SCORE = 0.75;
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
/** Edits allowed in a fuzzy quote match, as a share of its length (Hypothesis allows half). */
const MAX_ERROR_RATE = 0.5;
const MAX_ERRORS = 256;
/** Where the fuzzy search looks first, around the old position, before scanning the whole text. */
const NEAR_WINDOW = 4096;

/**
 * Finds the selectors' text in `text` (a page body's text content): the old position if the
 * quote is still there, else the quote itself (an occurrence whose context agrees best, then
 * the nearest), else an approximate match good enough to trust. Null when nothing is.
 */
export function anchor(
  text: string,
  { quote, position }: { quote: TextQuoteSelector; position: TextPositionSelector },
): Anchor | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  if (position.start >= 0 && position.end > position.start && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  const exactStart = bestExactOccurrence(text, quote, position.start);
  if (exactStart !== null) return { start: exactStart, end: exactStart + exact.length, method: 'quote' };
  return fuzzy(text, quote, position.start);
}

function bestExactOccurrence(text: string, quote: TextQuoteSelector, expected: number): number | null {
  let best: { start: number; context: number; distance: number } | null = null;
  for (let start = text.indexOf(quote.exact); start !== -1; start = text.indexOf(quote.exact, start + 1)) {
    const end = start + quote.exact.length;
    const context =
      commonSuffixLength(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start)) +
      commonPrefixLength(quote.suffix, text.slice(end, end + quote.suffix.length));
    const distance = Math.abs(start - expected);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { start, context, distance };
    }
  }
  return best?.start ?? null;
}

function fuzzy(text: string, quote: TextQuoteSelector, expected: number): Anchor | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return null;
  const near = { from: expected - NEAR_WINDOW, to: expected + quote.exact.length + NEAR_WINDOW };
  const nearby = bestFuzzy(text, quote, maxErrors, expected, near);
  if (nearby) return nearby;
  const coversWholeText = near.from <= 0 && near.to >= text.length;
  return coversWholeText ? null : bestFuzzy(text, quote, maxErrors, expected, {});
}

function bestFuzzy(
  text: string,
  quote: TextQuoteSelector,
  maxErrors: number,
  expected: number,
  window: { from?: number; to?: number },
): Anchor | null {
  let best: { anchor: Anchor; score: number; distance: number } | null = null;
  for (const match of approxSearch(text, quote.exact, maxErrors, window)) {
    const score = evidenceScore(text, quote, match.start, match.end, match.errors);
    const distance = Math.abs(match.start - expected);
    if (score < MIN_FUZZY_SCORE) continue;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { anchor: { start: match.start, end: match.end, method: 'fuzzy' }, score, distance };
    }
  }
  return best?.anchor ?? null;
}

/** Weighted agreement of quote and context with the candidate text[start, end), from 0 to 1. */
function evidenceScore(text: string, quote: TextQuoteSelector, start: number, end: number, errors: number): number {
  let agreed = QUOTE_WEIGHT * (1 - errors / quote.exact.length);
  let weight = QUOTE_WEIGHT;
  if (quote.prefix) {
    // Context may have shifted by a few characters too: align it, do not compare in place.
    const before = text.slice(Math.max(0, start - quote.prefix.length * 2), start);
    agreed += CONTEXT_WEIGHT * similarity(quote.prefix, alignEnd(quote.prefix, before).errors);
    weight += CONTEXT_WEIGHT;
  }
  if (quote.suffix) {
    const after = text.slice(end, end + quote.suffix.length * 2);
    agreed += CONTEXT_WEIGHT * similarity(quote.suffix, alignEnd(reverse(quote.suffix), reverse(after)).errors);
    weight += CONTEXT_WEIGHT;
  }
  return agreed / weight;
}

function similarity(expected: string, errors: number): number {
  return Math.max(0, 1 - errors / expected.length);
}

function reverse(s: string): string {
  // By UTF-16 unit on purpose: offsets everywhere here are UTF-16 units.
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
