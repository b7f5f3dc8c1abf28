import { foldKey, type FoldedText } from '../text/fold';
import type { Matcher, Target, TitleEntry } from './matcher';
import type { Trie } from './trie';

/**
 * No guessing between look-alikes (the rule legal citation extractors follow): a title or
 * short form that several held documents share resolves only when the page narrows it to
 * one — the document the page itself is, or an issuer or region named next to it in the same
 * block (a 文号 beside it is handled where 文号 are read). Otherwise the reference carries
 * every candidate and the reader chooses; beyond MAX_CANDIDATES the words are too common to
 * name a document (省政府关于推动…的意见 on a page that names no province) and underline nothing.
 */

/** Folded characters before and after a reference searched for an issuer or region. */
export const CONTEXT_BEFORE = 40;
export const CONTEXT_AFTER = 16;
export const MAX_CANDIDATES = 20;

/** Issuers and region of a document, folded as page text is, for looking them up nearby. */
export function contextNames(issuers: string[], region: string): string[] {
  return [...new Set([region, ...issuers].map((name) => foldKey(name, { dropWhitespace: true })).filter((name) => name.length >= 2))];
}

interface Held {
  ids: string[];
  set: Set<string>;
  /** lookalikeKey(ids), for the page's settled choices. */
  key: string;
}
// Entries do not change once a matcher is built, and a common title can name thousands.
const heldOf = new WeakMap<TitleEntry, Held>();

/** The held documents an entry names (a cited-only document cannot be offered to choose). */
export function heldCandidates(entry: TitleEntry): Held {
  let held = heldOf.get(entry);
  if (!held) {
    const ids = entry.targets.flatMap((t: Target) => ('documentId' in t ? [t.documentId] : []));
    held = { ids, set: new Set(ids), key: lookalikeKey(ids) };
    heldOf.set(entry, held);
  }
  return held;
}

/** Documents whose issuer or region occurs in `text` (a walk of the places trie at each position). */
function namedIn(places: Trie<string[]>, text: string, held: Held): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at++) {
    // Every name starting here, not only the longest: 苏州 and 苏州市人民政府 are both names.
    let node = places.root;
    for (let i = at; i < text.length && node >= 0; i++) {
      node = places.child(node, text.charCodeAt(i));
      const ids = node >= 0 ? places.value(node) : undefined;
      if (ids) for (const id of heldIn(ids, held)) if (!out.includes(id)) out.push(id);
    }
  }
  return out;
}

// A region or province name (江苏省) can belong to thousands of documents while a title's
// look-alikes are a handful: look those up in the name's documents instead of scanning them all.
const positions = new WeakMap<string[], Map<string, number>>();

/** The ids among `ids` that `held` has, in the order of `ids`. */
function heldIn(ids: string[], held: Held): string[] {
  if (ids.length <= held.ids.length * 4) return ids.filter((id) => held.set.has(id));
  let at = positions.get(ids);
  if (!at) {
    at = new Map();
    for (let i = 0; i < ids.length; i++) if (!at.has(ids[i]!)) at.set(ids[i]!, i);
    positions.set(ids, at);
  }
  const index = at;
  return held.ids.filter((id) => index.has(id)).sort((a, b) => index.get(a)! - index.get(b)!);
}

/** A place name printed right before a reference (杭州市《…》): the document of that place. */
const PLACE_BEFORE = /[\u4e00-\u9fff]{2,3}[省市]$/;

/**
 * Whether look-alikes printed at folded [from, …) are named as another place's document: a
 * place right before them that none of the candidates belongs to (杭州市关于促进…若干措施 when
 * the library holds only 苏州's, 无锡's and 常州's).
 */
export function otherPlace(matcher: Matcher, f: string, from: number, held: Held): boolean {
  // 杭州市《…》 read bare from inside its brackets once the bracketed title was turned down.
  const end = f[from - 1] === '《' ? from - 1 : from;
  const place = PLACE_BEFORE.exec(f.slice(Math.max(0, end - 4), end))?.[0];
  return place !== undefined && namedIn(matcher.places, place, held).length === 0;
}

/** A set of look-alikes as one key, for remembering how a page settled it. */
export function lookalikeKey(candidates: string[]): string {
  return [...candidates].sort().join('\u0000');
}

/** The candidates left after the page's own documents and the names around [from, to) have spoken. */
export function narrowLookalikes(matcher: Matcher, reprinted: string[], text: string, folded: FoldedText, from: number, to: number, held: Held): string[] {
  const own = reprinted.filter((id) => held.set.has(id));
  if (own.length === 1) return own;
  const named = namedIn(matcher.places, sameBlockContext(text, folded, from, to), held);
  return named.length >= 1 ? named : held.ids;
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

