// Clause search latency: fuse.js alone over every clause (the baseline) versus the bigram index
// + fuse.js, on the real corpus and on a synthetic 100,000-clause library built by recombining
// real sentences. Goals: p95 < 16 ms (real), < 50 ms (100k).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { readSeeds } from '../seeds';
import { buildCorpus } from '../../lib/corpus/build';
import type { Clause, PolicyDocument } from '../../lib/corpus/schema';
import { postingBytes } from '../../lib/search/gram-index';
import { buildSearchIndex, search } from '../../lib/search';
import { foldKey } from '../../lib/text/fold';
import { random } from '../../lib/detect/syntheticPage';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TODAY = '2026-01-01';
const SYNTHETIC_CLAUSES = 100_000;
/** fuse.js alone takes seconds per query at 100k clauses; a few queries are enough to show it. */
const BASELINE_QUERIES_AT_SCALE = 8;
/** Runs per query; each query's latency is their median. */
const REPEATS = 5;

/** Hand-written queries of every kind, plus substrings of real clauses, some with a typo. */
function queries(clauses: readonly Clause[], count: number, rand: () => number): string[] {
  const fixed = [
    '医保目录', '醫保目錄', '临床试脸', '临床试验', '数据出境', '生物医药', '创新药', '苏州 医保目录',
    '负面清单 数据出境', '人类遗传资源', '省医保局', '若干措施', '苏政发〔2018〕144号', '144号文',
    '江苏 措施 第7条', '苏州 若干措施 第十三条', '方案 (十六)', '药', '知识产权保护', 'CAR-T',
  ];
  const sampled: string[] = [];
  const typo = '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之';
  while (fixed.length + sampled.length < count) {
    const text = Array.from(clauses[Math.floor(rand() * clauses.length)]!.text.replace(/[^\p{Script=Han}]/gu, ''));
    if (text.length < 12) continue;
    const length = 4 + Math.floor(rand() * 8);
    const start = Math.floor(rand() * (text.length - length));
    const q = text.slice(start, start + length);
    if (rand() < 0.3) q[1 + Math.floor(rand() * (length - 2))] = typo[Math.floor(rand() * typo.length)]!;
    sampled.push(q.join(''));
  }
  return [...fixed, ...sampled];
}

/** A library of `size` clauses: real sentences recombined, spread over copies of the real documents. */
function synthetic(documents: readonly PolicyDocument[], clauses: readonly Clause[], size: number, rand: () => number) {
  const sentences = clauses.flatMap((c) => c.text.split(/(?<=[。；;])/u)).filter((s) => s.length >= 8);
  const headings = clauses.map((c) => c.heading).filter((h): h is string => h !== null);
  const perDocument = 100;
  const docs: PolicyDocument[] = [];
  const out: Clause[] = [];
  for (let d = 0; out.length < size; d++) {
    const template = documents[d % documents.length]!;
    const doc = { ...template, id: `${template.id}#${d}`, docNumber: null, title: `${template.title}(${d})`, titleSimplified: `${template.titleSimplified}(${d})` };
    docs.push(doc);
    for (let k = 0; k < perDocument && out.length < size; k++) {
      const parts = 1 + Math.floor(rand() * 4);
      const text = Array.from({ length: parts }, () => sentences[Math.floor(rand() * sentences.length)]!).join('');
      const source = clauses[Math.floor(rand() * clauses.length)]!;
      out.push({ ...source, id: `${doc.id}:${k + 1}`, documentId: doc.id, path: [String(k + 1)], heading: headings[Math.floor(rand() * headings.length)] ?? null, text, order: k, related: [] });
    }
  }
  return { documents: docs, clauses: out };
}

/** fuse.js alone: every clause, the same keys and fuzzy options as the index uses. */
function fuseAlone(clauses: readonly Clause[]) {
  const records = clauses.map((c) => ({ heading: foldKey(c.heading ?? ''), text: foldKey(c.text), departments: c.departments.map((d) => foldKey(d)) }));
  return new Fuse(records, {
    keys: [
      { name: 'heading', weight: 3 },
      { name: 'text', weight: 2 },
      { name: 'departments', weight: 1 },
    ],
    includeMatches: true,
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 0.34,
  });
}

/**
 * Latency of each query: the median of `repeats` runs, so that a run that lost the CPU to
 * another process (this machine is shared) does not count as the query's own cost.
 */
function timeEach(list: readonly string[], run: (q: string) => unknown, repeats: number): number[] {
  return list.map((q) => {
    const runs = Array.from({ length: repeats }, () => {
      const start = performance.now();
      run(q);
      return performance.now() - start;
    });
    return percentile(runs, 50);
  });
}

function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Build time and the memory it keeps: JS heap plus typed-array backing stores (held outside the heap). */
function measureBuild<T>(build: () => T): { value: T; ms: number; mb: number } {
  const held = () => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = held();
  const start = performance.now();
  const value = build();
  const ms = performance.now() - start;
  return { value, ms, mb: (held() - before) / 1e6 };
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);

function compare(label: string, clauses: readonly Clause[], documents: readonly PolicyDocument[], qs: string[], baselineQs: string[], baselineRepeats: number) {
  const index = measureBuild(() => buildSearchIndex(documents, clauses));
  const fuse = measureBuild(() => fuseAlone(clauses));
  // Time the first query separately (cold JIT), then warm both paths with one untimed pass.
  const firstQuery = timeEach(qs.slice(0, 1), (q) => search(index.value, q, { today: TODAY }), 1)[0]!;
  for (const q of qs) search(index.value, q, { today: TODAY });
  for (const q of baselineQs.slice(0, 2)) fuse.value.search(foldKey(q));

  const ours = timeEach(qs, (q) => search(index.value, q, { today: TODAY }), REPEATS);
  const oursOnBaselineQs = timeEach(baselineQs, (q) => search(index.value, q, { today: TODAY }), REPEATS);
  const alone = timeEach(baselineQs, (q) => fuse.value.search(foldKey(q)), baselineRepeats);

  console.log(`\n${label}: ${clauses.length} clauses, ${documents.length} documents`);
  console.log(`  index build ${index.value.records.length} records: ${index.ms.toFixed(0)} ms, memory ≈ ${index.mb.toFixed(1)} MB (of which posting lists ${(postingBytes(index.value.grams) / 1e6).toFixed(1)} MB, ${index.value.grams.postings.size} grams)`);
  console.log(`  fuse.js alone index build: ${fuse.ms.toFixed(0)} ms, memory ≈ ${fuse.mb.toFixed(1)} MB`);
  console.log(`  ${'queries (median of runs each)'.padEnd(34)}      n      p50      p95      max (ms)`);
  const row = (name: string, times: number[]) =>
    console.log(`  ${name.padEnd(34)} ${String(times.length).padStart(6)} ${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))} ${fmt(times.reduce((a, b) => Math.max(a, b), 0))}`);
  row('index + fuse.js, all queries', ours);
  row('index + fuse.js, baseline queries', oursOnBaselineQs);
  row('fuse.js alone, baseline queries', alone);
  const slowest = qs.map((q, i) => [q, ours[i]!] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`  first (cold) query ${firstQuery.toFixed(1)} ms; slowest warm: ${slowest.map(([q, ms]) => `${q} ${ms.toFixed(1)} ms`).join(', ')}`);
  console.log(`  ratio fuse.js alone / index + fuse.js: p50 ×${(percentile(alone, 50) / percentile(oursOnBaselineQs, 50)).toFixed(1)}, p95 ×${(percentile(alone, 95) / percentile(oursOnBaselineQs, 95)).toFixed(1)}`);
  return { p95: percentile(ours, 95) };
}

export async function run(): Promise<void> {
  const corpus = buildCorpus(readSeeds());
  const rand = random(20251125);
  const realQs = queries(corpus.clauses, 200, rand);
  const real = compare('real corpus', corpus.clauses, corpus.documents, realQs, realQs, REPEATS);
  console.log(`  goal p95 < 16 ms: ${real.p95 < 16 ? 'met' : 'NOT met'} (${real.p95.toFixed(2)} ms)`);

  const big = synthetic(corpus.documents, corpus.clauses, SYNTHETIC_CLAUSES, rand);
  const bigQs = queries(big.clauses, 200, rand);
  const scale = compare('synthetic', big.clauses, big.documents, bigQs, bigQs.slice(0, BASELINE_QUERIES_AT_SCALE), 1);
  console.log(`  goal p95 < 50 ms: ${scale.p95 < 50 ? 'met' : 'NOT met'} (${scale.p95.toFixed(2)} ms)`);
}
