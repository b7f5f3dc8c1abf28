import Fuse, { type FuseResult, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { todayIso, validityOf } from '../validity';
import { maskWeight, matchMasks, queryGrams } from './gram-index';
import { resolveJumps } from './jump';
import { parseQuery, splitWords } from './query';
import type { FuseRecord, SearchIndex } from './search-index';
import { makeSnippet } from './snippet';
import type { MatchedField, SearchFilters, SearchResult } from './types';

/** Share of the query's (idf-weighted) bigrams a record must hold to reach fuse.js: one wrong character in the middle of a 4-character query leaves 1 of 3. */
const MIN_COVERAGE = 0.3;
/** Records handed to fuse.js per query: enough for a page of results after fuzzy filtering. */
const MAX_CANDIDATES = 200;
const DEFAULT_LIMIT = 50;
/** bitap score = wrong characters / query length: one typo in a 4-character query scores 0.25, two in five 0.4. */
const FUZZY_THRESHOLD = 0.34;

const KEYS = [
  { name: 'heading', weight: 3 },
  { name: 'title', weight: 3 },
  { name: 'docNumber', weight: 3 },
  { name: 'text', weight: 2 },
  { name: 'departments', weight: 1 },
  { name: 'context', weight: 1 },
];

const BASE_OPTIONS: IFuseOptions<FuseRecord> = {
  keys: KEYS,
  includeMatches: true,
  includeScore: true,
  // Clauses are long and a match anywhere in them counts the same.
  ignoreLocation: true,
  // Chinese has no spaces, so fuse's word-count norm would only penalise Latin text.
  ignoreFieldNorm: true,
  threshold: FUZZY_THRESHOLD,
};

export function search(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchResult[] {
  const parsed = parseQuery(query);
  const allowed = documentFilter(index, filters);
  const limit = filters.limit ?? DEFAULT_LIMIT;

  // A query that names a clause or 文号 gets just that: fuzzy text hits for “第十三条” would
  // only bury it under clauses that mention 第三条.
  const jumps = parsed.folded ? resolveJumps(index, parsed.folded, allowed) : [];
  if (jumps.length) return jumps.slice(0, limit);
  if (parsed.words.length === 0) return [];
  const seen = new Set<string>();
  const results: SearchResult[] = [];
  for (const result of rankText(index, parsed.words, allowed)) {
    // A document hit opens the document's first clause, which may also be a hit of its own.
    if (seen.has(result.clauseId)) continue;
    seen.add(result.clauseId);
    results.push(result);
    if (results.length === limit) break;
  }
  return results;
}

function documentFilter(index: SearchIndex, filters: SearchFilters): (doc: number) => boolean {
  const today = filters.today ?? todayIso();
  const levels = filters.levels ? new Set(filters.levels) : null;
  const ids = filters.documentIds ? new Set(filters.documentIds) : null;
  const validity = filters.validity ?? 'any';
  const allowed = index.documents.map((d) => {
    if (levels && !levels.has(d.level)) return false;
    if (ids && !ids.has(d.id)) return false;
    if (validity === 'any') return true;
    const status = validityOf(d, today);
    // A document that states no dates is not known to be expired, so it counts as in force.
    return validity === 'expired' ? status === 'expired' : status === 'in-force' || status === 'unknown';
  });
  return (doc) => allowed[doc]!;
}

interface Ranked {
  result: SearchResult;
  tier: number;
  fuseScore: number;
  candidate: number;
}

function rankText(index: SearchIndex, words: string[], allowed: (doc: number) => boolean): SearchResult[] {
  const candidates = narrow(index, words, allowed);
  if (candidates.length === 0) return [];
  const records = candidates.map((r) => index.fuseRecords[r]!);
  const ranked: Ranked[] = [];
  const collect = (hits: FuseResult<FuseRecord>[], tier: number) => {
    for (const hit of hits) {
      const result = toResult(index, candidates[hit.refIndex]!, hit);
      if (result) ranked.push({ result, tier, fuseScore: hit.score ?? 1, candidate: hit.refIndex });
    }
  };

  // Tier 0: the query as one phrase, typos tolerated by fuse's bitap matching.
  const phrase = words.length === 1 ? words[0]! : null;
  if (phrase) {
    const fuse = new Fuse(records, { ...BASE_OPTIONS, minMatchCharLength: Math.min(2, phrase.length) });
    collect(fuse.search(phrase), 0);
  }
  // Tier 1: every word somewhere in the record, in any order (a half-remembered phrase).
  const terms = words.flatMap((w) => (w.length >= 4 ? splitWords(w) : [w]));
  if (terms.length > 1) {
    const fuse = new Fuse(records, {
      ...BASE_OPTIONS,
      minMatchCharLength: 2,
      useTokenSearch: true,
      tokenMatch: 'all',
      // Records hold no whitespace after folding: each field is one token, the query's words are the terms.
      tokenize: (text: string) => text.split(' ').filter(Boolean),
    });
    collect(fuse.search(terms.join(' ')), 1);
  }

  ranked.sort((a, b) => a.tier - b.tier || a.fuseScore - b.fuseScore || a.candidate - b.candidate);
  return ranked.map(({ result, tier, fuseScore }) => ({ ...result, score: (tier + Math.min(1, fuseScore)) / 2 }));
}

/** Records holding enough of the query's bigrams, best covered first, at most MAX_CANDIDATES. */
function narrow(index: SearchIndex, words: string[], allowed: (doc: number) => boolean): number[] {
  const grams = queryGrams(index.grams, words);
  const total = grams.weights.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const { records, masks } = matchMasks(index.grams, grams, index.scratch, (r) => allowed(index.records[r]!.doc));
  // A clause also holds its document's title and region: “苏州 临床试验”.
  const documentMask = new Map<number, number>();
  records.forEach((r, k) => {
    const ref = index.records[r]!;
    if (ref.kind === 'document') documentMask.set(ref.doc, masks[k]!);
  });
  const kept: number[] = [];
  const coverage: number[] = [];
  records.forEach((r, k) => {
    const ref = index.records[r]!;
    const mask = ref.kind === 'clause' ? masks[k]! | (documentMask.get(ref.doc) ?? 0) : masks[k]!;
    const share = maskWeight(mask, grams.weights) / total;
    if (share >= MIN_COVERAGE) {
      kept.push(r);
      coverage.push(share);
    }
  });
  const order = kept.map((_, k) => k);
  if (order.length > MAX_CANDIDATES) {
    // Only the best MAX_CANDIDATES matter: cut at the K-th best coverage before sorting.
    const cut = Float64Array.from(coverage).sort()[coverage.length - MAX_CANDIDATES]!;
    order.splice(0, order.length, ...order.filter((k) => coverage[k]! >= cut));
  }
  order.sort((a, b) => coverage[b]! - coverage[a]! || kept[a]! - kept[b]!);
  return order.slice(0, MAX_CANDIDATES).map((k) => kept[k]!);
}

const CLAUSE_FIELDS = ['text', 'heading', 'departments'] as const;

function toResult(index: SearchIndex, record: number, hit: FuseResult<FuseRecord>): SearchResult | null {
  const ref = index.records[record]!;
  const matches = hit.matches ?? [];
  const byKey = (key: string) => matches.find((m) => m.key === key);
  if (ref.kind === 'clause') {
    const clause = index.clauses[ref.ref]!;
    // A clause found only through its document's title is the document's hit, not the clause's.
    const field = CLAUSE_FIELDS.find((f) => byKey(f));
    if (!field) return null;
    const match = byKey(field)!;
    const original = field === 'text' ? clause.text : field === 'heading' ? clause.heading! : clause.departments[match.refIndex ?? 0]!;
    return result(clause.id, clause.documentId, field, original, match);
  }
  const doc = index.documents[ref.ref]!;
  const first = index.firstClause[ref.ref];
  if (!first) return null;
  const title = byKey('title');
  if (title) return result(first.id, doc.id, 'title', [doc.title, ...doc.aliases][title.refIndex ?? 0]!, title);
  const docNumber = byKey('docNumber');
  if (docNumber && doc.docNumber) return result(first.id, doc.id, 'docNumber', doc.docNumber, docNumber);
  const issuer = byKey('context');
  if (issuer) return result(first.id, doc.id, 'issuers', doc.issuers[issuer.refIndex ?? 0]!, issuer);
  return null;
}

function result(clauseId: string, documentId: string, field: MatchedField, original: string, match: FuseResultMatch): SearchResult {
  return { clauseId, documentId, score: 0, field, snippet: makeSnippet(original, match.indices) };
}
