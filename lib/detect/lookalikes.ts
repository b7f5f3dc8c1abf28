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

/** A place name printed right before a reference (杭州市《…》): the document of that place. */
const PLACE_BEFORE = /[\u4e00-\u9fff]{2,3}[省市]$/;

/**
 * Whether look-alikes printed at folded [from, …) are named as another place's document: a
 * place right before them that none of the candidates belongs to (杭州市关于促进…若干措施 when
 * the library holds only 苏州's, 无锡's and 常州's).
 */
export function otherPlace(matcher: Matcher, f: string, from: number, candidates: string[]): boolean {
  // 杭州市《…》 read bare from inside its brackets once the bracketed title was turned down.
  const end = f[from - 1] === '《' ? from - 1 : from;
  const place = PLACE_BEFORE.exec(f.slice(Math.max(0, end - 4), end))?.[0];
  return place !== undefined && !candidates.some((id) => matcher.documents.get(id)?.names.some((name) => place.includes(name) || name.includes(place)));
}

/** A set of look-alikes as one key, for remembering how a page settled it. */
export function lookalikeKey(candidates: string[]): string {
  return [...candidates].sort().join('\u0000');
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
