import { foldKey, isHan } from '../text/fold';
import { parseDocNumber } from './docNumber';
import type { MatcherSource } from './source';
import { addPairs, createTrie, trieInsert, type TrieNode } from './trie';

/** What a reference points at: a held document or a document the corpus only cites. */
export type Target = { documentId: string } | { citedId: string };

export interface TitleEntry {
  kind: 'title' | 'alias';
  /** null when the same key names two different documents: then it names none. */
  target: Target | null;
}

export interface KnownDocNumber {
  issuer: string;
  target: Target;
}

/**
 * Everything detect() needs, built from a MatcherSource in one pass over it. It holds Maps
 * and typed arrays, so it is not sent between contexts: send the MatcherSource (validated
 * with MatcherSourceSchema by the background, before it is sent) and call buildMatcher()
 * where the text is.
 */
export interface Matcher {
  /** Folded titles and aliases as written inside 《》 (nested brackets canonicalised). */
  titles: TrieNode<TitleEntry>;
  /** Long, unambiguous held titles and aliases matched without 《》. */
  bare: TrieNode<TitleEntry>;
  /** Short aliases (《方案》): they name a held document only on a page that reprints it. */
  ownAliases: TrieNode<TitleEntry>;
  /** Folded clause label + heading → clause ids (several documents can share a heading). */
  headings: TrieNode<string[]>;
  /** docNumberKey(year, serial) → known 文号 with that year and serial. */
  docNumbers: Map<number, KnownDocNumber[]>;
  /** documentId → normalised last path label → clause ids. */
  clauseLabels: Map<string, Map<string, string[]>>;
  /** documentId → number of its clauses with a heading (for recognising reprint pages). */
  headedClauses: Map<string, number>;
  /** Per UTF-16 unit of folded text: which scanners can start there (see Dispatch). */
  dispatch: Uint8Array;
  /** Hashed first two characters of heading and bare keys (see pairHash). */
  pairs: Uint8Array;
}

export const Dispatch = {
  titleOpen: 1,
  hao: 2,
  definition: 4,
  di: 8,
  paren: 16,
  heading: 32,
  bare: 64,
} as const;

/** Words that define a short form on a page: `(以下简称《方案》)`, `(简称“两区”)`. */
export const DEFINITION_MARKERS = ['以下简称', '以下称', '下称', '简称'];

/** Held titles shorter than this are matched only inside 《》: short titles are common words. */
export const MIN_BARE_TITLE_LENGTH = 12;
/** Aliases shorter than this (方案, 意见, 若干措施) only count where the page itself defines them. */
export const MIN_ALIAS_LENGTH = 4;
const MIN_HEADING_LENGTH = 2;

const OPEN_NESTED = ['《', '〈', '<', '‹', '«'].map((c) => c.charCodeAt(0));
const CANONICAL_OPEN = '<'.charCodeAt(0);
const CANONICAL_CLOSE = '>'.charCodeAt(0);

/** Inside a title every kind of nested title bracket counts as one: 〈…〉, <…>, 《…》. */
export function canonicalTitleCode(code: number): number {
  switch (code) {
    case 0x300a: // 《
    case 0x3008: // 〈
    case 0x2039: // ‹
    case 0xab: // «
      return CANONICAL_OPEN;
    case 0x300b: // 》
    case 0x3009: // 〉
    case 0x203a: // ›
    case 0xbb: // »
      return CANONICAL_CLOSE;
    default:
      return code;
  }
}

/** Folded text with its nested title brackets canonicalised, as title keys are stored. */
export function canonicalTitle(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) out += String.fromCharCode(canonicalTitleCode(folded.charCodeAt(i)));
  return out;
}

export function titleKey(title: string): string {
  return canonicalTitle(foldKey(title, { dropWhitespace: true, dropPinyin: true }));
}

/**
 * Pages shorten issuer names: 江苏省政府 for 江苏省人民政府 (and the reverse), and a province's
 * or city's own pages drop its name: 省政府关于… for 江苏省人民政府关于…. A variant that two
 * documents share names neither (see mergeEntries).
 */
export function issuerVariants(key: string): string[] {
  const shortened = key.replace(/([省市县区])人民政府/g, '$1政府');
  const lengthened = key.replace(/([省市县区])政府/g, '$1人民政府');
  const local = /^[\u4e00-\u9fff]{2,4}?([省市])(?:人民)?政府/.exec(key);
  const unnamed = local ? [`${local[1]}政府${key.slice(local[0].length)}`, `${local[1]}人民政府${key.slice(local[0].length)}`] : [];
  return [...new Set([key, shortened, lengthened, ...unnamed])];
}

function sameTarget(a: Target | null, b: Target | null): boolean {
  if (!a || !b) return false;
  return 'documentId' in a ? 'documentId' in b && a.documentId === b.documentId : 'citedId' in b && a.citedId === b.citedId;
}

function mergeEntries(old: TitleEntry, added: TitleEntry): TitleEntry {
  if (!sameTarget(old.target, added.target)) return { kind: old.kind, target: null };
  // A key that is both a title and an alias of the same document is shown as a title.
  return old.kind === 'title' ? old : added;
}

export function docNumberKey(year: number, serial: number): number {
  return year * 100_000 + serial;
}

export function buildMatcher(source: MatcherSource): Matcher {
  const matcher: Matcher = {
    titles: createTrie(),
    bare: createTrie(),
    ownAliases: createTrie(),
    headings: createTrie(),
    docNumbers: new Map(),
    clauseLabels: new Map(),
    headedClauses: new Map(),
    dispatch: new Uint8Array(0x10000),
    pairs: new Uint8Array(0x10000),
  };
  const addTitle = (text: string, entry: TitleEntry, bareMinLength: number): void => {
    for (const key of issuerVariants(titleKey(text))) {
      if (key.length === 0) continue;
      trieInsert(matcher.titles, key, entry, mergeEntries);
      if (key.length >= bareMinLength && isHan(key.charCodeAt(0))) trieInsert(matcher.bare, key, entry, mergeEntries);
    }
  };
  const addDocNumber = (printed: string, target: Target): void => {
    const parts = parseDocNumber(printed);
    if (!parts) return;
    const key = docNumberKey(parts.year, parts.serial);
    const known = matcher.docNumbers.get(key) ?? [];
    if (!known.some((k) => k.issuer === parts.issuer && sameTarget(k.target, target))) known.push({ issuer: parts.issuer, target });
    // Longest issuer first, so 苏政办发 wins over 办发 when both are known; the sort is stable,
    // and held documents are added before cited ones, so a held document wins a tie.
    known.sort((a, b) => b.issuer.length - a.issuer.length);
    matcher.docNumbers.set(key, known);
  };

  for (const doc of source.documents) {
    const target = { documentId: doc.id };
    addTitle(doc.title, { kind: 'title', target }, MIN_BARE_TITLE_LENGTH);
    addTitle(doc.titleSimplified, { kind: 'title', target }, MIN_BARE_TITLE_LENGTH);
    for (const alias of doc.aliases) {
      const key = titleKey(alias);
      if (key.length >= MIN_ALIAS_LENGTH) addTitle(alias, { kind: 'alias', target }, MIN_ALIAS_LENGTH);
      else if (key.length > 0) trieInsert(matcher.ownAliases, key, { kind: 'alias', target }, mergeEntries);
    }
    if (doc.docNumber) addDocNumber(doc.docNumber, target);
  }
  for (const cited of source.cited) {
    const target: Target = cited.heldDocumentId ? { documentId: cited.heldDocumentId } : { citedId: cited.id };
    // A cited title is matched only inside 《》: the corpus knows it from a citation, not from its text.
    if (cited.title) addTitle(cited.title, { kind: 'title', target }, Infinity);
    if (cited.docNumber) addDocNumber(cited.docNumber, target);
  }
  for (const clause of source.clauses) {
    const last = clause.path[clause.path.length - 1]!;
    const labels = matcher.clauseLabels.get(clause.documentId) ?? new Map<string, string[]>();
    labels.set(last, [...(labels.get(last) ?? []), clause.id]);
    matcher.clauseLabels.set(clause.documentId, labels);
    const heading = clause.heading ? foldKey(clause.heading, { dropWhitespace: true, dropPinyin: true }) : '';
    if (heading.length < MIN_HEADING_LENGTH) continue;
    const key = foldKey(clause.label, { dropWhitespace: true }) + heading;
    trieInsert(matcher.headings, key, [clause.id], (old, added) => [...old, ...added]);
    matcher.headedClauses.set(clause.documentId, (matcher.headedClauses.get(clause.documentId) ?? 0) + 1);
  }

  const mark = (chars: Iterable<number>, flag: number): void => {
    for (const code of chars) matcher.dispatch[code]! |= flag;
  };
  mark(OPEN_NESTED, Dispatch.titleOpen);
  mark(['号'.charCodeAt(0)], Dispatch.hao);
  mark(DEFINITION_MARKERS.map((m) => m.charCodeAt(0)), Dispatch.definition);
  mark(['第'.charCodeAt(0)], Dispatch.di);
  mark(['('.charCodeAt(0)], Dispatch.paren);
  mark(matcher.headings.next.keys(), Dispatch.heading);
  mark(matcher.bare.next.keys(), Dispatch.bare);
  addPairs(matcher.pairs, matcher.headings);
  addPairs(matcher.pairs, matcher.bare);
  return matcher;
}
