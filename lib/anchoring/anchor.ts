import type { TextPositionSelector, TextQuoteSelector } from '../notes/schema';
import { alignEnd, approxSearch } from './approx-search';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type Anchor = { start: number; end: number; method: AnchorMethod };

/**
 * Evidence weights, as in the Hypothesis client: the quote counts for 50, each non-empty side of
 * context for 20. Unlike there, nearness to the old position counts for 20 too when choosing
 * between candidates: policy pages repeat phrases (lists of 责任单位, recurring sentences), and
 * an edited quote at its old place is likelier than an exact copy elsewhere.
 */
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 20;
/**
 * An approximate match is trusted when this share of the text evidence (quote and context, not
 * position) agrees: a quote with a few characters edited whose context survives passes, a
 * look-alike elsewhere whose context differs does not.
 */
const MIN_TRUST = 0.75;
/** Edits allowed in an approximate quote match, as a share of its length (Hypothesis allows half). */
const MAX_ERROR_RATE = 0.5;
const MAX_ERRORS = 256;
/** Around the old position: searched first, and the distance over which nearness counts. */
const NEAR_WINDOW = 4096;

type Candidate = { anchor: Anchor; trust: number; rank: number };

/**
 * Finds the selectors' text in `text` (a page body's text content): the old position if the
 * quote is still there; else a nearby exact copy of the quote whose context agrees entirely;
 * else the best of the exact copies and the approximate matches near the old position (a
 * passage repeated word for word elsewhere must not win over its edited original); else, far
 * from it, an approximate match good enough to trust. Null when nothing is.
 */
export function anchor(
  text: string,
  { quote, position }: { quote: TextQuoteSelector; position: TextPositionSelector },
): Anchor | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  const expected = position.start;
  // No check that the end is past the start: the slice would be empty, and the quote is not.
  if (expected >= 0 && text.slice(expected, position.end) === exact) {
    return { start: expected, end: position.end, method: 'position' };
  }
  const near = { from: expected - NEAR_WINDOW, to: expected + exact.length + NEAR_WINDOW };
  const copy = bestExactCopy(text, quote, expected);
  if (copy?.fullContext && copy.anchor.start >= near.from && copy.anchor.end <= near.to) return copy.anchor;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  // Every match near the old position, not the few with the fewest errors: a short quote (生物医药)
  // recurs dozens of times there, and a cap would drop its edited original before nearness and
  // context are weighed. The window bounds the count.
  const candidates = maxErrors > 0 ? approximateCandidates(text, quote, maxErrors, expected, { ...near, limit: Infinity }) : [];
  // Unlike approximate matches, an exact copy needs no trust threshold: the words are on the page.
  if (copy) candidates.push(score(text, quote, copy.anchor, 0, expected));
  const nearCoversText = near.from <= 0 && near.to >= text.length;
  if (candidates.length === 0 && maxErrors > 0 && !nearCoversText) {
    for (const candidate of approximateCandidates(text, quote, maxErrors, expected, {})) candidates.push(candidate);
  }
  candidates.sort((a, b) => b.rank - a.rank);
  return candidates[0]?.anchor ?? null;
}

/** The exact occurrence whose context agrees over the most characters, then the nearest. */
function bestExactCopy(text: string, quote: TextQuoteSelector, expected: number) {
  const { exact, prefix, suffix } = quote;
  const fullContext = prefix.length + suffix.length;
  let best: { start: number; context: number; distance: number } | null = null;
  for (let start = text.indexOf(exact); start !== -1; start = text.indexOf(exact, start + 1)) {
    const distance = Math.abs(start - expected);
    // Occurrences come in text order: past the old position, none can be nearer than this.
    if (best?.context === fullContext && start > expected && distance > best.distance) break;
    const context = agreeingBefore(text, start, prefix) + agreeingAfter(text, start + exact.length, suffix);
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { start, context, distance };
    }
  }
  if (!best) return null;
  const anchor: Anchor = { start: best.start, end: best.start + exact.length, method: 'quote' };
  return { anchor, fullContext: best.context === fullContext };
}

/** How many characters of `prefix`, from its end, the text has just before `at`. */
function agreeingBefore(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < at && text.charCodeAt(at - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)) n++;
  return n;
}

/** How many characters of `suffix`, from its start, the text has from `at` on. */
function agreeingAfter(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text.charCodeAt(at + n) === suffix.charCodeAt(n)) n++;
  return n;
}

/** Approximate matches in the window that are trusted enough. */
function approximateCandidates(
  text: string,
  quote: TextQuoteSelector,
  maxErrors: number,
  expected: number,
  window: { from?: number; to?: number; limit?: number },
): Candidate[] {
  return approxSearch(text, quote.exact, maxErrors, window)
    .map(({ start, end, errors }) => {
      const method = errors === 0 ? 'quote' : 'fuzzy';
      return score(text, quote, { start, end, method }, errors, expected);
    })
    .filter((c) => c.trust >= MIN_TRUST);
}

/**
 * trust: weighted agreement of quote and context with the candidate, 0 to 1; rank adds
 * nearness to the old position, to choose among candidates.
 */
function score(text: string, quote: TextQuoteSelector, anchor: Anchor, errors: number, expected: number): Candidate {
  let agreed = QUOTE_WEIGHT * (1 - errors / quote.exact.length);
  let weight = QUOTE_WEIGHT;
  if (quote.prefix) {
    // Context may have shifted by a few characters too: align it, do not compare in place.
    const before = text.slice(Math.max(0, anchor.start - quote.prefix.length * 2), anchor.start);
    agreed += CONTEXT_WEIGHT * similarity(quote.prefix, alignEnd(quote.prefix, before).errors);
    weight += CONTEXT_WEIGHT;
  }
  if (quote.suffix) {
    const after = text.slice(anchor.end, anchor.end + quote.suffix.length * 2);
    agreed += CONTEXT_WEIGHT * similarity(quote.suffix, alignEnd(reverse(quote.suffix), reverse(after)).errors);
    weight += CONTEXT_WEIGHT;
  }
  const nearness = Math.max(0, 1 - Math.abs(anchor.start - expected) / NEAR_WINDOW);
  return {
    anchor,
    trust: agreed / weight,
    rank: (agreed + POSITION_WEIGHT * nearness) / (weight + POSITION_WEIGHT),
  };
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
