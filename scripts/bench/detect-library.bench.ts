// Detection at library scale: the real corpus plus 10,000 synthetic documents with colliding
// titles, short forms and 文号 (test/gold/detection/synthetic-library.ts). Figures: matcher
// build time (against folding every key alone, the floor of any build) and size (the
// MatcherSource sent to each page, and heap when run with --expose-gc); detection throughput
// on a 1 MB page against a single-pass regular expression in the same rounds; and the work
// before the first underline: folding and detecting the first 4096-unit chunk as the content
// script feeds it.
import { createPageState, detect, detectIncremental } from '../../lib/detect/detect';
import { buildMatcher } from '../../lib/detect/matcher';
import { BASELINE_REGEX, syntheticPage, utf8Length } from '../../lib/detect/syntheticPage';
import { titleKey } from '../../lib/refs/title';
import { goldSource } from '../../test/gold/detection/library';
import { mergeSources, syntheticLibrary } from '../../test/gold/detection/synthetic-library';

const ROUNDS = 9;
/** Unmeasured rounds first: detection over a 10,000-document matcher takes a few runs to be optimised. */
const WARM_UP = 3;
const CHUNK = 4096;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Each task once per round, in turn, after warm-up rounds; median ms and median per-round ratio to the first task. */
function interleaved(tasks: Record<string, () => number>, rounds = ROUNDS, warmUp = WARM_UP): Map<string, { ms: number; ratio: number; count: number }> {
  const names = Object.keys(tasks);
  const times = new Map(names.map((name) => [name, [] as number[]]));
  const counts = new Map<string, number>();
  for (let round = 0; round < warmUp + rounds; round++) {
    for (const name of names) {
      const t0 = performance.now();
      counts.set(name, tasks[name]!());
      if (round >= warmUp) times.get(name)!.push(performance.now() - t0);
    }
  }
  const base = times.get(names[0]!)!;
  return new Map(names.map((name) => [name, { ms: median(times.get(name)!), ratio: median(times.get(name)!.map((t, i) => t / base[i]!)), count: counts.get(name)! }]));
}

function regexScan(text: string): number {
  let count = 0;
  BASELINE_REGEX.lastIndex = 0;
  while (BASELINE_REGEX.exec(text)) count++;
  return count;
}

function heapMb(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

export async function run(): Promise<void> {
  const source = mergeSources(goldSource(), syntheticLibrary(10_000));
  const keys = source.documents.flatMap((d) => [d.title, d.titleSimplified, ...d.aliases]);
  console.log(`library: ${source.documents.length} documents, ${source.clauses.length} clauses; MatcherSource ${(utf8Length(JSON.stringify(source)) / 1024 / 1024).toFixed(2)} MB as JSON`);
  const before = heapMb();
  const matcher = buildMatcher(source);
  const after = heapMb();
  if (before !== null && after !== null) console.log(`  matcher heap: ${(after - before).toFixed(1)} MB`);
  else console.log('  matcher heap: run with node --expose-gc to measure');

  const page = syntheticPage(source, 1024 * 1024, 1);
  const mb = utf8Length(page) / (1024 * 1024);
  const scan = interleaved({
    'baseline regex scan': () => regexScan(page),
    'detect(), 10,000-document matcher': () => detect(matcher, page).length,
    'first chunk: fold + detect 4096 units': () => detectIncremental(matcher, page.slice(0, CHUNK), createPageState(matcher)).length,
  });
  console.log(`\n${mb.toFixed(2)} MB page, median of ${ROUNDS} interleaved rounds:`);
  for (const [name, r] of scan) console.log(`  ${name.padEnd(42)} ${r.ms.toFixed(1).padStart(7)} ms  ${(mb / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  ratio ${r.ratio.toFixed(2)}×  (${r.count})`);

  // Build rounds last: the matchers they leave for the collector would slow the scans above.
  console.log('');
  const build = interleaved({ 'fold every title and short form (floor)': () => keys.reduce((n, k) => n + titleKey(k).length, 0), buildMatcher: () => buildMatcher(source).headedClauses.size }, 3, 1);
  for (const [name, r] of build) console.log(`  ${name.padEnd(42)} ${r.ms.toFixed(0).padStart(6)} ms  ratio ${r.ratio.toFixed(2)}×`);
}
