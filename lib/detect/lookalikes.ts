import { foldKey, type FoldedText } from '../text/fold';
import type { Matcher, Target } from './matcher';

/**
 * No guessing between look-alikes (the rule legal citation extractors follow): a title or
 * short form that several held documents share resolves only when the page narrows it to
 * one — the document the page itself is, or an issuer or region named next to it in the same
 * block (a 文号 beside it is handled where 文号 are read). Otherwise the reference carries
 * every candidate and the reader chooses.
 */

/** Folded characters before and after a reference searched for an issuer or region. */
export const CONTEXT_BEFORE = 40;
export const CONTEXT_AFTER = 16;

/** The held documents among `targets` (a cited-only document cannot be offered to choose). */
export function heldCandidates(targets: Target[]): string[] {
  return targets.flatMap((t) => ('documentId' in t ? [t.documentId] : []));
}

/** Issuers and region of a document, folded as page text is, for looking them up nearby. */
export function contextNames(issuers: string[], region: string): string[] {
  return [...new Set([region, ...issuers].map((name) => foldKey(name, { dropWhitespace: true })).filter((name) => name.length >= 2))];
}

/** The candidates left after the page's own documents and the names around [from, to) have spoken. */
export function narrowLookalikes(matcher: Matcher, reprinted: string[], text: string, folded: FoldedText, from: number, to: number, candidates: string[]): string[] {
  const own = candidates.filter((id) => reprinted.includes(id));
  if (own.length === 1) return own;
  const around = sameBlockContext(text, folded, from, to);
  const named = candidates.filter((id) => matcher.documents.get(id)?.names.some((name) => around.includes(name)));
  return named.length >= 1 ? named : candidates;
}

/** The folded text around [from, to) up to CONTEXT_BEFORE/AFTER characters, cut at line and block breaks. */
function sameBlockContext(text: string, folded: FoldedText, from: number, to: number): string {
  const f = folded.text;
  const start = Math.max(0, from - CONTEXT_BEFORE);
  const end = Math.min(f.length, to + CONTEXT_AFTER);
  const lineStart = text.lastIndexOf('\n', folded.start[from]! - 1);
  let a = start;
  while (a < from && folded.start[a]! <= lineStart) a++;
  const lineEnd = text.indexOf('\n', folded.end[to - 1]!);
  let b = end;
  while (b > to && lineEnd >= 0 && folded.end[b - 1]! > lineEnd) b--;
  return f.slice(a, from) + '\u0000' + f.slice(to, b);
}
