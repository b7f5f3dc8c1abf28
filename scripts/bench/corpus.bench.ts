// Corpus build from seeds/: parsing alone (buildCorpus) and the whole build with related
// measures (buildLibraryCorpus), against a baseline measured in the same run: one 繁→简
// opencc pass over the same seed texts, the least any parse that folds scripts must do.
import { buildCorpus } from '../../lib/corpus/build';
import { buildLibraryCorpus } from '../../lib/corpus/pipeline';
import { simplify } from '../../lib/text/simplify';
import { readSeeds } from '../seeds';

function median(runs: number, task: () => void): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    task();
    if (i > 0) times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[times.length >> 1]!;
}

export async function run(): Promise<void> {
  const seeds = readSeeds();
  const chars = Object.values(seeds).reduce((n, text) => n + text.length, 0);
  // Fresh strings each run so opencc cannot answer from a cache of the last call.
  let salt = 0;
  const baseline = median(9, () => Object.values(seeds).forEach((text) => simplify(text + String(salt++))));
  const parse = median(9, () => buildCorpus(seeds));
  const full = median(3, () => buildLibraryCorpus(seeds));
  const corpus = buildCorpus(seeds);
  console.log(`seeds: ${Object.keys(seeds).length} files, ${chars} characters → ${corpus.documents.length} documents, ${corpus.clauses.length} clauses`);
  console.log(`baseline (one 繁→简 pass over the seeds): ${baseline.toFixed(1)} ms`);
  console.log(`parse (buildCorpus): ${parse.toFixed(1)} ms, ${(parse / baseline).toFixed(1)}× baseline`);
  console.log(`whole build with related measures: ${full.toFixed(0)} ms, ${(full / baseline).toFixed(1)}× baseline`);
}
