import type { TextPositionSelector, TextQuoteSelector } from '../notes/schema';

/** Context kept on each side of a quote: the same 32 UTF-16 units the Hypothesis client keeps. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** The quote text[start, end) with up to 32 units of context on each side. */
export function describeQuote(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  };
}

export function describePosition(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}
