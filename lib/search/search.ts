import Fuse, { type FuseResult, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { todayIso, validityOf } from '../validity';
import { clearMasks, gramsOf, maskWeight, matchMasks, queryGrams, type QueryGrams } from './gram-index';
import { resolveJumps } from './jump';
import { parseQuery, splitWords } from './query';
import type { FuseRecord, SearchIndex } from './search-index';
import { makeSnippet } from './snippet';
import type { MatchedField, SearchFilters, SearchResult } from './types';

/** Share of the query's (idf-weighted) bigrams a record must hold to reach fuse.js: one wrong character in the middle of a 4-character query leaves 1 of 3. */
const MIN_COVERAGE = 0.3;
/**
 * Records handed to fuse.js per query. bitap costs a few µs per field and pattern, so the
 * caps bound a query's time whatever the library's size; candidates come best-covered first.
 */
const MAX_CANDIDATES = 100;
/** Tier 1 runs bitap once per word and field, so it gets the best-covered part of the pool. */
const MAX_WORD_CANDIDATES = 60;
const DEFAULT_LIMIT = 50;
/** bitap score = wrong characters / query length: one typo in a 4-character query scores 0.25, two in five 0.4. */
const FUZZY_THRESHOLD = 0.34;
/** Coverage is bucketed to pick the best candidates in linear time. */
const BUCKETS = 1024;

const OWN_KEYS = [
  { name: 'heading', weight: 3 },
  { name: 'title', weight: 3 },
  { name: 'docNumber', weight: 3 },
  { name: 'text', weight: 2 },
  { name: 'departments', weight: 1 },
  { name: 'issuers', weight: 1 },
];

const BASE_OPTIONS: IFuseOptions<FuseRecord> = {
  includeMatches: true,
  includeScore: true,
  // Clauses are long and a match anywhere in them counts the same.
  ignoreLocation: true,
  // Chinese has no spaces, so fuse's word-count norm would only penalise Latin text.
  ignoreFieldNorm: true,
  threshold: FUZZY_THRESHOLD,
};

/** Tier 0: the query as one phrase, typos tolerated by fuse's bitap matching. */
const phraseOptions = (phrase: string): IFuseOptions<FuseRecord> => ({
  ...BASE_OPTIONS,
  keys: OWN_KEYS,
  minMatchCharLength: Math.min(2, phrase.length),
});

/** Tier 1: every word somewhere in the record or its document's title, in any order (a half-remembered phrase). */
const wordsOptions = (terms: readonly string[]): IFuseOptions<FuseRecord> => ({
  ...BASE_OPTIONS,
  keys: [...OWN_KEYS, { name: 'context', weight: 1 }],
  minMatchCharLength: terms.reduce((min, t) => Math.min(min, t.length), 2),
  useTokenSearch: true,
  tokenMatch: 'all',
  // Records hold no whitespace after folding: each field is one token, the query's words are the terms.
  tokenize: (text: string) => text.split(' ').filter(Boolean),
});

export function search(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchResult[] {
  const parsed = parseQuery(query);
  const allowed = allowedDocuments(index, filters);
  const limit = filters.limit ?? DEFAULT_LIMIT;
  // A query that names a clause or 文号 gets just that: fuzzy text hits for “第十三条” would
  // only bury it under clauses that mention 第三条.
  const jumps = parsed.folded ? resolveJumps(index, parsed.folded, (doc) => allowed[doc] === 1) : [];
  if (jumps.length) return jumps.slice(0, limit);
  if (parsed.words.length === 0) return [];
  return rankText(index, parsed.words, allowed, limit);
}

/** 1 for each document the filters let through. */
function allowedDocuments(index: SearchIndex, filters: SearchFilters): Uint8Array {
  const today = filters.today ?? todayIso();
  const levels = filters.levels ? new Set(filters.levels) : null;
  const ids = filters.documentIds ? new Set(filters.documentIds) : null;
  const validity = filters.validity ?? 'any';
  return Uint8Array.from(index.documents, (d) => {
    if (levels && !levels.has(d.level)) return 0;
    if (ids && !ids.has(d.id)) return 0;
    if (validity === 'any') return 1;
    const status = validityOf(d, today);
    // A document that states no dates is not known to be expired, so it counts as in force.
    const keep = validity === 'expired' ? status === 'expired' : status === 'in-force' || status === 'unknown';
    return keep ? 1 : 0;
  });
}

interface Hit {
  record: number;
  match: FuseResult<FuseRecord>;
  /** The field the hit is shown by (see displayField). */
  field: FuseResultMatch;
  tier: number;
  candidate: number;
}

function rankText(index: SearchIndex, words: string[], allowed: Uint8Array, limit: number): SearchResult[] {
  const { grams, candidates, masks } = narrow(index, words, allowed);
  if (candidates.length === 0) return [];
  const rank = new Map(candidates.map((record, k) => [record, k]));
  const hits: Hit[] = [];
  const collect = (pool: number[], matches: FuseResult<FuseRecord>[], tier: number) => {
    for (const match of matches) {
      const record = pool[match.refIndex]!;
      const field = displayField(index, record, match);
      if (field) hits.push({ record, match, field, tier, candidate: rank.get(record)! });
    }
  };
  const fuseRecords = (pool: number[]) => pool.map((r) => index.fuseRecords[r]!);

  if (words.length === 1) {
    const phrase = words[0]!;
    collect(candidates, new Fuse(fuseRecords(candidates), phraseOptions(phrase)).search(phrase), 0);
  }
  const terms = words.flatMap((w) => (w.length >= 4 ? splitWords(w) : [w]));
  // Tier 1 ranks below tier 0, so it cannot change a page that tier 0 already fills.
  if (terms.length > 1 && new Set(hits.map((h) => resultClause(index, h.record))).size < limit) {
    const checks = terms.map((term) => termCheck(index, term, grams.grams)).filter((check) => check !== null);
    const pool = candidates.filter((_, k) => mayHoldEveryTerm(masks[k]!, checks)).slice(0, MAX_WORD_CANDIDATES);
    collect(pool, new Fuse(fuseRecords(pool), wordsOptions(terms)).search(terms.join(' ')), 1);
  }

  hits.sort((a, b) => a.tier - b.tier || (a.match.score ?? 1) - (b.match.score ?? 1) || a.candidate - b.candidate);
  const seen = new Set<string>();
  const results: SearchResult[] = [];
  for (const hit of hits) {
    const clauseId = resultClause(index, hit.record);
    // A document hit opens the document's first clause, which may also be a hit of its own.
    if (seen.has(clauseId)) continue;
    seen.add(clauseId);
    results.push(toResult(index, hit));
    if (results.length === limit) break;
  }
  return results;
}

/** A record must hold `bits` of the query's grams: all of them (`every`) or at least one. */
interface TermCheck {
  bits: number;
  every: boolean;
}

/**
 * What a record's gram mask must hold to match `term` within FUZZY_THRESHOLD, so fuse.js need
 * not look at records that fail it; null when nothing can be told. A 2-character term allows
 * no error, so its bigram must be there; a term of 4 or more characters keeps at least one
 * bigram through the errors it may have (each error breaks at most two); a 3-character term
 * proves nothing.
 */
function termCheck(index: SearchIndex, term: string, grams: readonly number[]): TermCheck | null {
  if (term.length === 3 || term.length < 2) return null;
  let bits = 0;
  for (const gram of gramsOf(index.grams, term, 2)) {
    const bit = grams.indexOf(gram);
    // A gram left out of the query's mask (too many grams) cannot be checked.
    if (bit < 0) return null;
    bits |= 1 << bit;
  }
  return { bits, every: term.length === 2 };
}

function mayHoldEveryTerm(mask: number, checks: readonly TermCheck[]): boolean {
  return checks.every(({ bits, every }) => (every ? (mask & bits) === bits : (mask & bits) !== 0));
}

/**
 * Records holding enough of the query's bigrams, best covered first, at most MAX_CANDIDATES,
 * with the mask of query grams each holds. A clause also counts its document's title and
 * region (“苏州 临床试验”).
 */
function narrow(index: SearchIndex, words: string[], allowed: Uint8Array): { grams: QueryGrams; candidates: number[]; masks: number[] } {
  const grams = queryGrams(index.grams, words);
  const total = grams.weights.reduce((a, b) => a + b, 0);
  if (total === 0) return { grams, candidates: [], masks: [] };
  const { scratch, recordDocument } = index;
  const documents = index.documents.length;
  const everyDocument = allowed.every((a) => a === 1);
  const accept = everyDocument ? null : Uint8Array.from(recordDocument, (doc) => allowed[doc]!);
  const count = matchMasks(index.grams, grams, scratch, accept);
  try {
    const fullMask = new Uint32Array(count);
    const bucketOf = new Int16Array(count);
    const histogram = new Int32Array(BUCKETS);
    for (let k = 0; k < count; k++) {
      const r = scratch.touched[k]!;
      // Document records come first: a clause adds its document record's mask.
      const mask = r >= documents ? scratch.masks[r]! | scratch.masks[recordDocument[r]!]! : scratch.masks[r]!;
      const share = maskWeight(mask, grams.weights) / total;
      const bucket = share >= MIN_COVERAGE ? Math.min(BUCKETS - 1, Math.floor(share * BUCKETS)) : -1;
      fullMask[k] = mask;
      bucketOf[k] = bucket;
      if (bucket >= 0) histogram[bucket]!++;
    }
    // The lowest bucket that still fits among the best MAX_CANDIDATES; ties there go by record order.
    let cut = BUCKETS - 1;
    for (let seen = histogram[cut]!; cut > 0 && seen < MAX_CANDIDATES; ) seen += histogram[--cut]!;
    let roomAtCut = MAX_CANDIDATES - histogram.slice(cut + 1).reduce((a, b) => a + b, 0);
    const kept: { record: number; bucket: number; mask: number }[] = [];
    for (let k = 0; k < count; k++) {
      const bucket = bucketOf[k]!;
      if (bucket < 0 || bucket < cut) continue;
      if (bucket === cut && roomAtCut-- <= 0) continue;
      kept.push({ record: scratch.touched[k]!, bucket, mask: fullMask[k]! });
    }
    kept.sort((a, b) => b.bucket - a.bucket || a.record - b.record);
    return { grams, candidates: kept.map((c) => c.record), masks: kept.map((c) => c.mask) };
  } finally {
    clearMasks(scratch, count);
  }
}

const CLAUSE_FIELDS = ['text', 'heading', 'departments'] as const;
const DOCUMENT_FIELDS = ['title', 'docNumber', 'issuers'] as const;

/** The field a hit is shown by; null for a clause found only through its document's title, which is the document's hit. */
function displayField(index: SearchIndex, record: number, hit: FuseResult<FuseRecord>): FuseResultMatch | null {
  const ref = index.records[record]!;
  // A document without clauses has nothing to open.
  if (ref.kind === 'document' && !index.firstClause[ref.doc]) return null;
  const fields = ref.kind === 'clause' ? CLAUSE_FIELDS : DOCUMENT_FIELDS;
  for (const field of fields) {
    const match = hit.matches?.find((m) => m.key === field);
    if (match) return match;
  }
  return null;
}

function resultClause(index: SearchIndex, record: number): string {
  const ref = index.records[record]!;
  return ref.kind === 'clause' ? index.clauses[ref.ref]!.id : index.firstClause[ref.doc]!.id;
}

function toResult(index: SearchIndex, hit: Hit): SearchResult {
  const ref = index.records[hit.record]!;
  const match = hit.field;
  const field = match.key as MatchedField;
  const at = match.refIndex ?? 0;
  const doc = index.documents[ref.doc]!;
  let original: string;
  if (ref.kind === 'clause') {
    const clause = index.clauses[ref.ref]!;
    original = field === 'text' ? clause.text : field === 'heading' ? clause.heading! : clause.departments[at]!;
  } else {
    original = field === 'title' ? [doc.title, ...doc.aliases][at]! : field === 'docNumber' ? doc.docNumber! : doc.issuers[at]!;
  }
  return {
    clauseId: resultClause(index, hit.record),
    documentId: doc.id,
    // Tier 0 scores land in [0, ½], tier 1 in [½, 1]: a whole-phrase hit always ranks first.
    score: (hit.tier + Math.min(1, hit.match.score ?? 1)) / 2,
    field,
    snippet: makeSnippet(original, match.indices),
  };
}
