import type { Clause, Corpus, PolicyDocument, RelatedClause } from '../corpus/schema';
import { departmentKeys } from './departments';
import { describeReason } from './reason';
import { buildLexicon, comparableText, EDGE_STOP, termFrequencies } from './terms';
import { foldKey } from '../text/fold';

export interface RelatedOptions {
  /** Related clauses kept per clause. */
  topN?: number;
  /** Weaker links are dropped. */
  minScore?: number;
  /** Multiplier for a clause of the same level in another region (other levels count 1). */
  sameLevelOtherRegion?: number;
  /** Multiplier for another document of the same level and region (e.g. two 苏州 documents). */
  sameLevelSameRegion?: number;
  /** How much fully shared responsible departments add to the term similarity (as a share of it). */
  departmentWeight?: number;
  /** How much an explicit citation between the two documents adds (as a share of the term similarity). */
  citationWeight?: number;
}

const DEFAULTS: Required<RelatedOptions> = {
  topN: 8,
  minScore: 0.12,
  sameLevelOtherRegion: 0.85,
  sameLevelSameRegion: 0.7,
  departmentWeight: 0.25,
  citationWeight: 0.3,
};

/** Terms shared by more than this share of clauses are too common to link anything… */
const MAX_DF_SHARE = 0.2;
/** …though in a corpus of a few dozen clauses, a handful of occurrences is not ubiquity. */
const MIN_DF_CAP = 8;
/** Each clause looks for candidates through its heaviest terms only; exact scores follow. */
const PROBE_TERMS = 32;
const PROBE_MAX_DF = 250;
/** Score multiplier for each side of a pair that is a frame clause (see frameClauses). */
const FRAME_FACTOR = 0.5;
const CANDIDATES_PER_SLOT = 4;
/** Nearest clauses whose terms join a clause's own (pseudo-relevance feedback), and their total weight. */
const FEEDBACK_NEIGHBOURS = 8;
const FEEDBACK_WEIGHT = 0.5;
/** No clause's norm counts below the median clause's (pivoted normalisation). */
const PIVOT_QUANTILE = 0.5;

interface Vector {
  terms: Map<string, number>;
  norm: number;
}

/**
 * Fills every clause's `related` list (pure; runs when the corpus is built). Two clauses are
 * related by the corpus-specific terms they share (TF-IDF cosine over the derived lexicon),
 * strengthened by shared responsible departments and by a citation between their documents,
 * and weighed by level: another level first, then the same level elsewhere.
 */
export function computeRelated(corpus: Corpus, options: RelatedOptions = {}): Corpus {
  const opts = { ...DEFAULTS, ...options };
  const { clauses } = corpus;
  const frame = frameClauses(clauses, corpus.documents.length);
  // A formula heading (总体要求) says nothing about the subject; it is not compared.
  // Enclosing section headings (临床保障提升工程) name a measure's subject too.
  const headingOf = new Map(clauses.map((c, i) => [c.id, frame.has(i) ? null : c.heading]));
  const ancestors = (c: Clause) =>
    c.path.slice(0, -1).map((_, k) => headingOf.get(`${c.documentId}:${c.path.slice(0, k + 1).join('/')}`) ?? '').join('。');
  const texts = clauses.map((c, i) => comparableText(frame.has(i) ? null : c.heading, `${ancestors(c)}。${c.text}`));
  const lexicon = buildLexicon(texts);
  const n = clauses.length;

  const docsOfTerm = new Map<string, Set<string>>();
  const tfs = texts.map((t, i) => {
    const tf = termFrequencies(t, lexicon);
    for (const term of tf.keys()) {
      const docs = docsOfTerm.get(term) ?? new Set<string>();
      docs.add(clauses[i]!.documentId);
      docsOfTerm.set(term, docs);
    }
    return tf;
  });
  const maxDf = Math.max(MIN_DF_CAP, Math.floor(MAX_DF_SHARE * n));
  const idf = new Map<string, number>();
  for (const [term, df] of lexicon.df) {
    // Only terms seen in two documents can link documents; ubiquitous ones link everything.
    if ((docsOfTerm.get(term)?.size ?? 0) >= 2 && df <= maxDf) idf.set(term, Math.log(n / df));
  }

  const vectors: Vector[] = tfs.map((tf) => {
    const terms = new Map<string, number>();
    let sq = 0;
    for (const [term, count] of tf) {
      const w = idf.get(term);
      if (w === undefined) continue;
      const weight = (1 + Math.log(count)) * w;
      terms.set(term, weight);
      sq += weight * weight;
    }
    return { terms, norm: Math.sqrt(sq) };
  });

  // Pivoted normalisation: a clause left with little weight once formulas and ubiquitous terms
  // are gone (mostly boilerplate) must not score high cosines off two generic verbs, so no norm
  // counts below a typical clause's.
  pivotNorms(vectors);

  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const term of v.terms.keys()) {
      const list = postings.get(term) ?? [];
      list.push(i);
      postings.set(term, list);
    }
  });

  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const citing = citationPairs(corpus);
  const departments = clauses.map((c) => departmentKeys(c.departments));
  // A section unit that holds only its own title has nothing of substance to point a reader to.
  const targets = clauses.map((c) => hasBody(c));
  const deptIdf = departmentIdf(departments, n);

  const partial = new Float64Array(n);
  const candidatesOf = clauses.map((_, i) =>
    candidates(i, clauses, vectors, postings, opts.topN * CANDIDATES_PER_SLOT, partial).filter((j) => targets[j]),
  );
  // Formula text has no subject to broaden: frame clauses neither receive nor lend feedback.
  const expanded = pivotNorms(withFeedback(vectors, candidatesOf.map((list, i) => (frame.has(i) ? [] : list.filter((j) => !frame.has(j))))));
  const related = clauses.map((clause, i) => {
    const scored: RelatedClause[] = [];
    for (const j of candidatesOf[i]!) {
      const other = clauses[j]!;
      const termSim = sparseDot(expanded[i]!.terms, expanded[j]!.terms) / (expanded[i]!.norm * expanded[j]!.norm);
      const dept = departmentOverlap(departments[i]!, departments[j]!, deptIdf);
      const cited = citing.has(pairKey(clause.documentId, other.documentId));
      const deptPart = termSim * opts.departmentWeight * dept.share;
      const citePart = cited ? termSim * opts.citationWeight : 0;
      const level = levelFactor(docs.get(clause.documentId)!, docs.get(other.documentId)!, opts);
      const framing = (frame.has(i) ? FRAME_FACTOR : 1) * (frame.has(j) ? FRAME_FACTOR : 1);
      const score = (termSim + deptPart + citePart) * level * framing;
      if (score < opts.minScore) continue;
      const shared = sharedTerms(vectors[i]!, vectors[j]!, texts[i]!, texts[j]!);
      const kind = citePart > 0 ? 'citation' : deptPart > 0 && shared.length < 2 ? 'departments' : 'terms';
      scored.push({
        clauseId: other.id,
        score: round(score),
        reason: {
          kind,
          terms: shared,
          text: describeReason({ kind, terms: shared, departments: dept.names, citation: cited ? citationWords(clause, other, corpus) : null }),
        },
      });
    }
    // Ties broken by id so builds are reproducible.
    scored.sort((a, b) => b.score - a.score || (a.clauseId < b.clauseId ? -1 : 1));
    return scored.slice(0, opts.topN);
  });

  return { ...corpus, clauses: clauses.map((c, i): Clause => ({ ...c, related: related[i]! })) };
}

const MIN_BODY = 8;

function hasBody(c: Clause): boolean {
  const body = c.heading ? c.text.replace(c.heading, '') : c.text;
  return (body.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_BODY;
}

/**
 * Pseudo-relevance feedback (Rocchio): each clause's vector is joined by its nearest clauses in
 * other documents, so two clauses on one subject that word it differently (临床试验机构 /
 * GCP资质) meet through the clauses between them. Candidates and reasons keep the original
 * vectors; only the score uses the expanded ones.
 */
function withFeedback(vectors: readonly Vector[], candidatesOf: readonly number[][]): Vector[] {
  return vectors.map((v, i) => {
    const nearest = candidatesOf[i]!
      .map((j) => [j, sparseDot(v.terms, vectors[j]!.terms) / (v.norm * vectors[j]!.norm)] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, FEEDBACK_NEIGHBOURS);
    const terms = new Map(v.terms);
    for (const [j] of nearest) {
      const scale = (FEEDBACK_WEIGHT / FEEDBACK_NEIGHBOURS) * (v.norm / vectors[j]!.norm);
      for (const [t, w] of vectors[j]!.terms) terms.set(t, (terms.get(t) ?? 0) + scale * w);
    }
    let sq = 0;
    for (const w of terms.values()) sq += w * w;
    return { terms, norm: Math.sqrt(sq) };
  });
}

/**
 * Frame clauses carry a document's formulas rather than a measure: top-level sections whose
 * heading recurs verbatim in other documents (总体要求, 主要目标, 保障措施; measures are numbered
 * inside sections and worded per document) and the unheaded text before the first or after the
 * last numbered unit. A section heading found in at least half of the documents (总体要求) is
 * formula through and through, so the units inside it (指导思想, 基本原则) are frame as well.
 */
function frameClauses(clauses: readonly Clause[], documentCount: number): Set<number> {
  const docsByHeading = new Map<string, Set<string>>();
  const key = (c: Clause) => (c.heading && c.path.length === 1 ? foldKey(c.heading) : null);
  for (const c of clauses) {
    const k = key(c);
    if (k) docsByHeading.set(k, (docsByHeading.get(k) ?? new Set()).add(c.documentId));
  }
  const recurring = (c: Clause, min: number) => {
    const k = key(c);
    return k !== null && docsByHeading.get(k)!.size >= min;
  };
  const enclosing = new Set(clauses.filter((c) => recurring(c, Math.max(2, documentCount / 2))).map((c) => c.id));
  const frame = new Set<number>();
  clauses.forEach((c, i) => {
    const sameDoc = (j: number) => clauses[j]?.documentId === c.documentId;
    if (c.heading === null && (!sameDoc(i - 1) || !sameDoc(i + 1))) frame.add(i);
    if (recurring(c, 2) || enclosing.has(`${c.documentId}:${c.path[0]}`)) frame.add(i);
  });
  return frame;
}

/**
 * Clauses of other documents sharing the heaviest terms of clause i, best partial dot product
 * first. Probing only the heaviest terms, and none found in more than PROBE_MAX_DF clauses,
 * keeps the cost near-linear in the corpus size; exact scores are computed afterwards.
 */
function candidates(i: number, clauses: readonly Clause[], vectors: readonly Vector[], postings: Map<string, number[]>, limit: number, partial: Float64Array): number[] {
  const probe = [...vectors[i]!.terms]
    .filter(([term]) => postings.get(term)!.length <= PROBE_MAX_DF)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, PROBE_TERMS);
  const touched: number[] = [];
  for (const [term, w] of probe) {
    for (const j of postings.get(term)!) {
      if (clauses[j]!.documentId === clauses[i]!.documentId) continue;
      if (partial[j] === 0) touched.push(j);
      partial[j]! += (w * vectors[j]!.terms.get(term)!) / vectors[j]!.norm;
    }
  }
  const ranked = touched.map((j) => [j, partial[j]!] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const j of touched) partial[j] = 0;
  return ranked.slice(0, limit).map(([j]) => j);
}

function sparseDot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

function pivotNorms(vectors: Vector[]): Vector[] {
  const pivot = quantile(vectors.map((v) => v.norm), PIVOT_QUANTILE);
  for (const v of vectors) v.norm = Math.max(v.norm, pivot);
  return vectors;
}

function quantile(values: number[], q: number): number {
  const sorted = values.filter((x) => x > 0).sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(q * (sorted.length - 1))]!;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function levelFactor(a: PolicyDocument, b: PolicyDocument, opts: Required<RelatedOptions>): number {
  if (a.level !== b.level) return 1;
  return a.region === b.region ? opts.sameLevelSameRegion : opts.sameLevelOtherRegion;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Pairs of held documents where one implements or cites the other, in either direction. */
function citationPairs(corpus: Corpus): Set<string> {
  const held = new Map<string, string>();
  for (const d of corpus.documents) held.set(d.id, d.id);
  for (const c of corpus.cited) if (c.heldDocumentId) held.set(c.id, c.heldDocumentId);
  const pairs = new Set<string>();
  for (const r of corpus.relations) {
    const to = held.get(r.to);
    if (to && to !== r.from) pairs.add(pairKey(r.from, to));
  }
  return pairs;
}

/** 上位文件 / 下位文件 wording for a pair linked by a document relation. */
function citationWords(a: Clause, b: Clause, corpus: Corpus): { direction: 'upper' | 'lower'; title: string } {
  const held = new Map<string, string>(corpus.cited.flatMap((c) => (c.heldDocumentId ? [[c.id, c.heldDocumentId]] : [])));
  const upward = corpus.relations.some((r) => r.from === a.documentId && (held.get(r.to) ?? r.to) === b.documentId);
  const doc = corpus.documents.find((d) => d.id === b.documentId)!;
  return { direction: upward ? 'upper' : 'lower', title: doc.titleSimplified };
}

function departmentIdf(all: readonly Map<string, string>[], n: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of all) for (const k of keys.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return new Map([...df].map(([k, c]) => [k, Math.log((n + 1) / c)]));
}

/** IDF-weighted share of the smaller department list that the other also names. */
function departmentOverlap(
  a: Map<string, string>,
  b: Map<string, string>,
  idf: Map<string, number>,
): { share: number; names: string[] } {
  if (a.size === 0 || b.size === 0) return { share: 0, names: [] };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  let total = 0;
  const names: string[] = [];
  for (const [key, name] of small) {
    const w = idf.get(key) ?? 0;
    total += w;
    if (large.has(key)) {
      shared += w;
      names.push(name);
    }
  }
  return { share: total === 0 ? 0 : shared / total, names };
}

/**
 * The shared terms that weigh most, as a reader would name them: each is widened to the longest
 * string both clauses share around it (a derived term can start mid-word: 理委员会 → 伦理委员会),
 * and only the longest form of overlapping ones is kept.
 */
function sharedTerms(a: Vector, b: Vector, textA: string, textB: string, limit = 4): string[] {
  const shared = [...a.terms.keys()]
    .filter((t) => b.terms.has(t))
    .sort((x, y) => a.terms.get(y)! * b.terms.get(y)! - a.terms.get(x)! * b.terms.get(x)! || (x < y ? -1 : 1));
  const kept: string[] = [];
  for (const t of shared) {
    const wide = widen(t, textA, textB);
    if (kept.some((k) => k.includes(wide) || wide.includes(k))) continue;
    kept.push(wide);
    if (kept.length === limit) break;
  }
  return kept;
}

const MAX_SHOWN = 8;
const WORD_CHAR = /\p{Script=Han}|[A-Za-z0-9]/u;

function widen(term: string, a: string, b: string): string {
  let ia = a.indexOf(term);
  let ib = b.indexOf(term);
  if (ia < 0 || ib < 0) return term;
  let length = term.length;
  const joins = (x: string | undefined, y: string | undefined) => x !== undefined && x === y && WORD_CHAR.test(x) && !EDGE_STOP.has(x);
  while (length < MAX_SHOWN && joins(a[ia - 1], b[ib - 1])) {
    ia--;
    ib--;
    length++;
  }
  while (length < MAX_SHOWN && joins(a[ia + length], b[ib + length])) length++;
  return a.slice(ia, ia + length);
}

