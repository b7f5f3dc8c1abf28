import { foldKey, isHan } from '../text/fold';
import { docNumberKey, parseDocNumber } from '../refs/docNumber';
import { isGenericShortTitle, titleKey, titleVariants } from '../refs/title';
import { contextNames } from './lookalikes';
import type { MatcherSource } from './source';
import { addPairs, createTrie, trieInsert, type Trie } from './trie';

/** What a reference points at: a held document or a document the corpus only cites. */
export type Target = { documentId: string } | { citedId: string };

export interface TitleEntry {
  kind: 'title' | 'alias';
  /**
   * Every document the key names. Several (the same title from different cities, a shortened
   * issuer two documents share) are look-alikes: detect() narrows them by the page's context
   * or reports them all for the reader to choose, never picking one silently.
   */
  targets: Target[];
}


export interface KnownDocNumber {
  issuer: string;
  target: Target;
}

/**
 * Everything detect() needs, built from a MatcherSource in one pass over it. It holds tries
 * and typed arrays, so it is not sent between contexts: send the MatcherSource (validated
 * with MatcherSourceSchema by the background, before it is sent) and call buildMatcher()
 * where the text is.
 */
export interface Matcher {
  /** Folded titles and aliases as written inside 《》 (nested brackets canonicalised). */
  titles: Trie<TitleEntry>;
  /** Long, unambiguous held titles and aliases matched without 《》. */
  bare: Trie<TitleEntry>;
  /** Short and generic aliases (《方案》, 《若干措施》): they name a held document only on a page that reprints it. */
  ownAliases: Trie<TitleEntry>;
  /** Folded clause label + heading → clause ids (several documents can share a heading). */
  headings: Trie<string[]>;
  /** docNumberKey(year, serial) → known 文号 with that year and serial. */
  docNumbers: Map<number, KnownDocNumber[]>;
  /** documentId → normalised last path label → clause ids. */
  clauseLabels: Map<string, Map<string, string[]>>;
  /** documentId → number of its clauses with a heading (for recognising reprint pages). */
  headedClauses: Map<string, number>;
  /** Folded issuer and region names → the documents they belong to (see lookalikes.ts). */
  places: Trie<string[]>;
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

function sameTarget(a: Target, b: Target): boolean {
  return 'documentId' in a ? 'documentId' in b && a.documentId === b.documentId : 'citedId' in b && a.citedId === b.citedId;
}

function targetId(target: Target): string {
  return 'documentId' in target ? `d:${target.documentId}` : `c:${target.citedId}`;
}

/**
 * Merges title entries in place, each key holding its own entry (see addTitle), with the
 * targets already held per entry in `seen`: copying or scanning them made a 10,000-document
 * build quadratic (a generic short form such as 方案 names thousands).
 */
function entryMerger(): (old: TitleEntry, added: TitleEntry) => TitleEntry {
  const seen = new WeakMap<TitleEntry, Set<string>>();
  return (old, added) => {
    let ids = seen.get(old);
    if (!ids) seen.set(old, (ids = new Set(old.targets.map(targetId))));
    for (const target of added.targets) {
      const id = targetId(target);
      if (!ids.has(id)) {
        ids.add(id);
        old.targets.push(target);
      }
    }
    // A key that is a title of some document is shown as a title.
    if (added.kind === 'title') old.kind = 'title';
    return old;
  };
}

function memoised<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = fn(key)));
    return value;
  };
}

/** A printed clause heading as detection matches it (label + heading, folded), or '' when it is too short to count. */
export function headingKey(clause: { label: string; heading?: string | null }, labelKey = (label: string) => foldKey(label, { dropWhitespace: true })): string {
  const heading = clause.heading ? foldKey(clause.heading, { dropWhitespace: true, dropPinyin: true }) : '';
  return heading.length < MIN_HEADING_LENGTH ? '' : labelKey(clause.label) + heading;
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
    places: createTrie(),
    dispatch: new Uint8Array(0x10000),
    pairs: new Uint8Array(0x10000),
  };
  const mergeEntries = entryMerger();
  /** `titleKey` of the text: a title and its 简体 form usually fold to one key. */
  const addTitleKey = (folded: string, entry: TitleEntry, bareMinLength: number): void => {
    for (const key of titleVariants(folded)) {
      if (key.length === 0) continue;
      trieInsert(matcher.titles, key, { kind: entry.kind, targets: [...entry.targets] }, mergeEntries);
      if (key.length >= bareMinLength && isHan(key.charCodeAt(0))) trieInsert(matcher.bare, key, { kind: entry.kind, targets: [...entry.targets] }, mergeEntries);
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

  const addTitle = (text: string, entry: TitleEntry, bareMinLength: number): void => addTitleKey(titleKey(text), entry, bareMinLength);
  // A library of thousands of documents has a few dozen issuer lists and clause labels: fold each once.
  const namesOf = memoised((key: string) => {
    const [region, ...issuers] = key.split('\u0000');
    return contextNames(issuers, region!);
  });
  const labelKey = memoised((label: string) => foldKey(label, { dropWhitespace: true }));
  const headingKeyOf = (clause: MatcherSource['clauses'][number]): string => headingKey(clause, labelKey);

  for (const doc of source.documents) {
    const target = { documentId: doc.id };
    for (const name of namesOf([doc.region, ...doc.issuers].join('\u0000'))) trieInsert(matcher.places, name, [doc.id], (old, added) => (old.push(added[0]!), old));
    const key = titleKey(doc.title);
    addTitleKey(key, { kind: 'title', targets: [target] }, MIN_BARE_TITLE_LENGTH);
    // Folding makes most 简体 forms the printed title's key again: insert those once.
    const simplifiedKey = doc.titleSimplified === doc.title ? key : titleKey(doc.titleSimplified);
    if (simplifiedKey !== key) addTitleKey(simplifiedKey, { kind: 'title', targets: [target] }, MIN_BARE_TITLE_LENGTH);
    for (const alias of doc.aliases) {
      const key = titleKey(alias);
      if (key.length >= MIN_ALIAS_LENGTH && !isGenericShortTitle(key)) addTitle(alias, { kind: 'alias', targets: [target] }, MIN_ALIAS_LENGTH);
      else if (key.length > 0) trieInsert(matcher.ownAliases, key, { kind: 'alias', targets: [target] }, mergeEntries);
    }
    if (doc.docNumber) addDocNumber(doc.docNumber, target);
  }
  for (const cited of source.cited) {
    const target: Target = cited.heldDocumentId ? { documentId: cited.heldDocumentId } : { citedId: cited.id };
    // A cited title is matched only inside 《》: the corpus knows it from a citation, not from its text.
    if (cited.title) addTitle(cited.title, { kind: 'title', targets: [target] }, Infinity);
    if (cited.docNumber) addDocNumber(cited.docNumber, target);
  }
  for (const clause of source.clauses) {
    const last = clause.path[clause.path.length - 1]!;
    const labels = matcher.clauseLabels.get(clause.documentId) ?? new Map<string, string[]>();
    labels.set(last, [...(labels.get(last) ?? []), clause.id]);
    matcher.clauseLabels.set(clause.documentId, labels);
    const key = headingKeyOf(clause);
    if (!key) continue;
    trieInsert(matcher.headings, key, [clause.id], (old, added) => {
      for (const id of added) old.push(id);
      return old;
    });
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
  mark(matcher.headings.firstCodes(), Dispatch.heading);
  mark(matcher.bare.firstCodes(), Dispatch.bare);
  addPairs(matcher.pairs, matcher.headings);
  addPairs(matcher.pairs, matcher.bare);
  return matcher;
}
