// Reference detection on synthetic 1 MB and 5 MB pages (UTF-8 size; prose with titles, 文号,
// short forms, clause mentions, 繁體 and pinyin) against a baseline measured in the same run:
// one single-pass regular expression over the same text for the same shapes (文号 with an
// issuer, 《…》, 第…条, (十六)), which neither folds 繁/简 or widths nor resolves anything.
// Also: fold() alone, and detection in 4096-unit chunks as the content script feeds it.
// Rounds are interleaved and ratios taken per round, so load from other processes cancels.
import { buildCorpus } from '../../lib/corpus/build';
import { readSeeds } from '../seeds';
import { createPageState, detect, detectIncremental } from '../../lib/detect/detect';
import { buildMatcher } from '../../lib/detect/matcher';
import { matcherSourceFromCorpus } from '../../lib/detect/source';
import { BASELINE_REGEX, syntheticPage, utf8Length } from '../../lib/detect/syntheticPage';
import { fold } from '../../lib/text/fold';

const RUNS = 9;
const CHUNK = 4096;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs every task once per round, in turn, for `RUNS` rounds after one warm-up round, so
 * load from other processes hits baseline and candidates alike; reports each task's median
 * time and the median of its per-round ratio to the first task. Tasks return a count so
 * nothing is optimised away.
 */
function interleaved(tasks: Record<string, () => number>): Map<string, { ms: number; ratio: number; count: number }> {
  const names = Object.keys(tasks);
  const times = new Map(names.map((name) => [name, [] as number[]]));
  const counts = new Map<string, number>();
  for (let round = 0; round <= RUNS; round++) {
    for (const name of names) {
      const t0 = performance.now();
      counts.set(name, tasks[name]!());
      if (round > 0) times.get(name)!.push(performance.now() - t0);
    }
  }
  const base = times.get(names[0]!)!;
  return new Map(
    names.map((name) => {
      const own = times.get(name)!;
      return [name, { ms: median(own), ratio: median(own.map((t, i) => t / base[i]!)), count: counts.get(name)! }];
    }),
  );
}

function regexScan(text: string): number {
  let count = 0;
  BASELINE_REGEX.lastIndex = 0;
  while (BASELINE_REGEX.exec(text)) count++;
  return count;
}

export async function run(): Promise<void> {
  const source = matcherSourceFromCorpus(buildCorpus(readSeeds()));
  const built = interleaved({ buildMatcher: () => buildMatcher(source).headedClauses.size }).get('buildMatcher')!;
  const sent = utf8Length(JSON.stringify(source)) / 1024;
  console.log(`MatcherSource: ${sent.toFixed(1)} KB as JSON (${source.documents.length} documents, ${source.cited.length} cited, ${source.clauses.length} clauses)`);
  console.log(`buildMatcher: ${built.ms.toFixed(2)} ms`);
  const matcher = buildMatcher(source);

  for (const megabytes of [1, 5]) {
    const page = syntheticPage(source, megabytes * 1024 * 1024, megabytes);
    const mb = utf8Length(page) / (1024 * 1024);
    const results = interleaved({
      'baseline regex scan': () => regexScan(page),
      'fold()': () => fold(page, { dropWhitespace: true, dropPinyin: true }).text.length,
      'detect()': () => detect(matcher, page).length,
      [`detectIncremental, ${CHUNK}-unit chunks`]: () => {
        const state = createPageState(matcher);
        let count = 0;
        for (let at = 0; at < page.length; at += CHUNK) count += detectIncremental(matcher, page.slice(at, at + CHUNK), state).length;
        return count;
      },
    });
    console.log(`\n${mb.toFixed(2)} MB page (${page.length} UTF-16 units), median of ${RUNS} interleaved rounds:`);
    for (const [name, r] of results) {
      const what = name.startsWith('baseline') ? 'raw matches' : name === 'fold()' ? 'folded units' : 'references';
      console.log(`  ${name.padEnd(38)} ${r.ms.toFixed(1).padStart(7)} ms  ${(mb / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  ratio ${r.ratio.toFixed(2)}×  (${r.count} ${what})`);
    }
  }
}
