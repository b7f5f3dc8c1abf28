// Related clauses: time and quality of computeRelated against a naive baseline measured in the
// same run (all-pairs cosine over character bigrams, same-document pairs excluded, top 8).
// Corpora: the real corpus (buildCorpus over seeds/) and a synthetic corpus of
// 10,000 clauses made by recombining the real clauses' sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause, Corpus } from '../../lib/corpus/schema';
import { buildCorpus } from '../../lib/corpus/build';
import { readSeeds } from '../seeds';
import { syntheticCorpus } from './synthetic-corpus';
import { computeRelated } from '../../lib/related/compute';
import { evaluateRelated, GoldSetSchema } from '../../lib/related/evaluate';
import { foldKey } from '../../lib/text/fold';

const root = join(import.meta.dirname, '..', '..');

function bigramVectors(clauses: readonly Clause[]): { v: Map<string, number>; norm: number }[] {
  return clauses.map((c) => {
    const text = foldKey(`${c.heading ?? ''}${c.text}`);
    const v = new Map<string, number>();
    for (let i = 0; i + 2 <= text.length; i++) {
      const g = text.slice(i, i + 2);
      v.set(g, (v.get(g) ?? 0) + 1);
    }
    let sq = 0;
    for (const x of v.values()) sq += x * x;
    return { v, norm: Math.sqrt(sq) };
  });
}

/** The naive method: every pair, plain bigram counts. `rows` limits the query clauses (for extrapolation). */
function naiveRelated(corpus: Corpus, rows = corpus.clauses.length): Corpus {
  const { clauses } = corpus;
  const vectors = bigramVectors(clauses);
  const related = clauses.slice(0, rows).map((c, i) => {
    const scored: { clauseId: string; score: number }[] = [];
    clauses.forEach((o, j) => {
      if (o.documentId === c.documentId) return;
      const [small, large] = vectors[i]!.v.size <= vectors[j]!.v.size ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
      let dot = 0;
      for (const [g, x] of small.v) dot += x * (large.v.get(g) ?? 0);
      scored.push({ clauseId: o.id, score: dot / (small.norm * large.norm) });
    });
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, 8).map((s) => ({ ...s, reason: { kind: 'terms' as const, terms: [], text: 'bigram cosine' } }));
  });
  return { ...corpus, clauses: clauses.map((c, i) => ({ ...c, related: related[i] ?? [] })) };
}


function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const result = f();
  return [result, performance.now() - start];
}

export async function run(): Promise<void> {
  const corpus = buildCorpus(readSeeds());
  const gold = GoldSetSchema.parse(JSON.parse(readFileSync(join(root, 'test/gold/related.json'), 'utf8')));
  const fmt = (x: number) => x.toFixed(3);

  const [ours, oursMs] = time(() => computeRelated(corpus));
  const [naive, naiveMs] = time(() => naiveRelated(corpus));
  const q = evaluateRelated(ours, gold);
  const b = evaluateRelated(naive, gold);
  console.log(`real corpus: ${corpus.clauses.length} clauses, ${q.queries} gold queries`);
  console.log(`  computeRelated   ${oursMs.toFixed(0).padStart(7)} ms  P@3 ${fmt(q.precisionAt3)}  R@5 ${fmt(q.recallAt5)}  R@5(capped) ${fmt(q.cappedRecallAt5)}`);
  console.log(`  naive bigrams    ${naiveMs.toFixed(0).padStart(7)} ms  P@3 ${fmt(b.precisionAt3)}  R@5 ${fmt(b.recallAt5)}  R@5(capped) ${fmt(b.cappedRecallAt5)}`);
  console.log(`  time ratio naive/ours ${(naiveMs / oursMs).toFixed(2)}  P@3 ratio ours/naive ${(q.precisionAt3 / b.precisionAt3).toFixed(2)}`);
  if (q.missing.length) console.log(`  gold ids not in corpus: ${q.missing.join(' ')}`);

  const size = 10_000;
  const synthetic = syntheticCorpus(corpus, size);
  const [, synMs] = time(() => computeRelated(synthetic));
  // The naive method is quadratic: time a sample of query rows and extrapolate.
  const sample = 200;
  const [, sampleMs] = time(() => naiveRelated(synthetic, sample));
  const naiveSynMs = (sampleMs * size) / sample;
  console.log(`synthetic corpus: ${size} clauses`);
  console.log(`  computeRelated   ${synMs.toFixed(0).padStart(7)} ms`);
  console.log(`  naive bigrams    ${naiveSynMs.toFixed(0).padStart(7)} ms (extrapolated from ${sample} query rows: ${sampleMs.toFixed(0)} ms)`);
  console.log(`  time ratio naive/ours ${(naiveSynMs / synMs).toFixed(2)}`);
}
