import { buildLexicon, termFrequencies } from './terms';

/** A clause as weighted terms (TF-IDF over the derived lexicon). */
export interface Vector {
  terms: Map<string, number>;
  norm: number;
}

/** Terms shared by more than this share of clauses are too common to link anything… */
const MAX_DF_SHARE = 0.2;
/** …though in a corpus of a few dozen clauses, a handful of occurrences is not ubiquity. */
const MIN_DF_CAP = 8;
/** No clause's norm counts below the median clause's (pivoted normalisation). */
const PIVOT_QUANTILE = 0.5;

/**
 * One vector per comparable text. A term weighs (1 + log tf) · log(N / df); only terms found in
 * two documents (they alone can link documents) and in at most a fifth of the clauses count.
 */
export function termVectors(texts: readonly string[], documentIds: readonly string[]): Vector[] {
  const lexicon = buildLexicon(texts);
  const n = texts.length;
  const docsOfTerm = new Map<string, Set<string>>();
  const tfs = texts.map((t, i) => {
    const tf = termFrequencies(t, lexicon);
    for (const term of tf.keys()) docsOfTerm.set(term, (docsOfTerm.get(term) ?? new Set()).add(documentIds[i]!));
    return tf;
  });
  const maxDf = Math.max(MIN_DF_CAP, Math.floor(MAX_DF_SHARE * n));
  const idf = new Map<string, number>();
  for (const [term, df] of lexicon.df) {
    if ((docsOfTerm.get(term)?.size ?? 0) >= 2 && df <= maxDf) idf.set(term, Math.log(n / df));
  }
  return pivotNorms(
    tfs.map((tf) => {
      const terms = new Map<string, number>();
      for (const [term, count] of tf) {
        const w = idf.get(term);
        if (w !== undefined) terms.set(term, (1 + Math.log(count)) * w);
      }
      return { terms, norm: norm(terms) };
    }),
  );
}

function norm(terms: Map<string, number>): number {
  let sq = 0;
  for (const w of terms.values()) sq += w * w;
  return Math.sqrt(sq);
}

/**
 * Pivoted normalisation: a clause left with little weight once formulas and ubiquitous terms
 * are gone (mostly boilerplate) must not score high cosines off two generic verbs.
 */
function pivotNorms(vectors: Vector[]): Vector[] {
  const norms = vectors.map((v) => v.norm).filter((x) => x > 0).sort((a, b) => a - b);
  const pivot = norms.length === 0 ? 0 : norms[Math.floor(PIVOT_QUANTILE * (norms.length - 1))]!;
  for (const v of vectors) v.norm = Math.max(v.norm, pivot);
  return vectors;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot / (a.norm * b.norm);
}

/** Each clause looks for candidates through its heaviest terms only; exact scores follow. */
const PROBE_TERMS = 32;
const PROBE_MAX_DF = 250;

/**
 * For each clause, up to `limit` clauses sharing its heaviest terms, best partial dot product
 * first; `eligible(i, j)` excludes pairs (same document, title-only units). Probing only the
 * heaviest terms, none found in more than PROBE_MAX_DF clauses, keeps the cost near-linear in
 * the corpus size.
 */
export function candidateLists(vectors: readonly Vector[], limit: number, eligible: (i: number, j: number) => boolean): number[][] {
  // Per term: the clauses holding it and their normalised weight, read without map lookups.
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  vectors.forEach((v, j) => {
    for (const [term, w] of v.terms) {
      const list = postings.get(term) ?? { ids: [], weights: [] };
      list.ids.push(j);
      list.weights.push(w / v.norm);
      postings.set(term, list);
    }
  });
  const partial = new Float64Array(vectors.length);
  return vectors.map((v, i) => {
    const probe = [...v.terms]
      .filter(([term]) => postings.get(term)!.ids.length <= PROBE_MAX_DF)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, PROBE_TERMS);
    const touched: number[] = [];
    for (const [term, w] of probe) {
      const { ids, weights } = postings.get(term)!;
      for (let k = 0; k < ids.length; k++) {
        const j = ids[k]!;
        if (partial[j] === 0) {
          if (!eligible(i, j)) continue;
          touched.push(j);
        }
        partial[j]! += w * weights[k]!;
      }
    }
    const ranked = touched.map((j) => [j, partial[j]!] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const j of touched) partial[j] = 0;
    return ranked.slice(0, limit).map(([j]) => j);
  });
}

/** Nearest clauses whose terms join a clause's own, and their total weight. */
const FEEDBACK_NEIGHBOURS = 8;
const FEEDBACK_WEIGHT = 0.5;

/**
 * Pseudo-relevance feedback (Rocchio): each vector is joined by its nearest neighbours among
 * `neighbours[i]`, so two clauses on one subject that word it differently (临床试验机构 /
 * GCP资质) meet through the clauses between them.
 */
export function withFeedback(vectors: readonly Vector[], neighbours: readonly number[][]): Vector[] {
  return pivotNorms(
    vectors.map((v, i) => {
      const nearest = neighbours[i]!
        .map((j) => [j, cosine(v, vectors[j]!)] as const)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, FEEDBACK_NEIGHBOURS);
      const terms = new Map(v.terms);
      for (const [j] of nearest) {
        const scale = (FEEDBACK_WEIGHT / FEEDBACK_NEIGHBOURS) * (v.norm / vectors[j]!.norm);
        for (const [t, w] of vectors[j]!.terms) terms.set(t, (terms.get(t) ?? 0) + scale * w);
      }
      return { terms, norm: norm(terms) };
    }),
  );
}
