// `npm run quality` (tsx scripts/detection-quality.ts [--record] [--library N]): precision and
// recall of reference detection on the labelled pages in test/gold/detection, per kind, with
// the references gained and lost since the run recorded in test/gold/detection/last-run.json.
// --record writes this run there (do it deliberately, when a change is meant); --library N
// also reads the pages with N synthetic colliding documents added to the library.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMatcher } from '../lib/detect/matcher';
import { goldSource } from '../test/gold/detection/library';
import { goldPages } from '../test/gold/detection/pages';
import { RecordedRunSchema, recordOf, score, type Score } from '../test/gold/detection/score';
import { mergeSources, syntheticLibrary } from '../test/gold/detection/synthetic-library';

const RECORD = join(import.meta.dirname, '..', 'test', 'gold', 'detection', 'last-run.json');
const args = process.argv.slice(2);
const libraryArg = args.indexOf('--library');
const synthetic = libraryArg >= 0 ? Number(args[libraryArg + 1] ?? 10_000) : 0;

function table(s: Score): void {
  console.log('kind        precision  recall   found  false  missed');
  for (const [kind, k] of Object.entries(s.perKind)) {
    const p = k.tp / Math.max(1, k.tp + k.fp);
    const r = k.tp / Math.max(1, k.tp + k.fn);
    console.log(`${kind.padEnd(11)} ${p.toFixed(4).padStart(9)}  ${r.toFixed(4).padStart(6)}  ${String(k.tp).padStart(5)}  ${String(k.fp).padStart(5)}  ${String(k.fn).padStart(6)}`);
  }
  console.log(`overall     ${s.precision.toFixed(4).padStart(9)}  ${s.recall.toFixed(4).padStart(6)}`);
}

const t0 = performance.now();
const current = score(buildMatcher(goldSource()), goldPages);
console.log(`${goldPages.length} pages, ${current.labels} labels (${current.nearMisses} near misses), scored in ${(performance.now() - t0).toFixed(0)} ms`);
table(current);

const previous = (() => {
  try {
    return RecordedRunSchema.parse(JSON.parse(readFileSync(RECORD, 'utf8')));
  } catch {
    return null;
  }
})();
if (previous) {
  const now = recordOf(current);
  const before = new Set(previous.found);
  const after = new Set(now.found);
  const gained = now.found.filter((id) => !before.has(id));
  const lost = previous.found.filter((id) => !after.has(id));
  const newFalse = now.falses.filter((id) => !previous.falses.includes(id));
  const goneFalse = previous.falses.filter((id) => !now.falses.includes(id));
  console.log(`\nagainst the recorded run (precision ${previous.precision.toFixed(4)}, recall ${previous.recall.toFixed(4)}):`);
  for (const id of gained) console.log(`  + found   ${id}`);
  for (const id of goneFalse) console.log(`  + no longer falsely reported  ${id}`);
  for (const id of lost) console.log(`  - lost    ${id}`);
  for (const id of newFalse) console.log(`  - falsely reported  ${id}`);
  if (gained.length + lost.length + newFalse.length + goneFalse.length === 0) console.log('  no change');
} else console.log('\nno recorded run yet');

if (current.missed.length || current.falses.length) {
  console.log('\nmissed / false now:');
  for (const m of current.missed) console.log(`  missed ${m.page} ${m.kind} ${JSON.stringify(m.text)} → ${m.target}`);
  for (const f of current.falses) console.log(`  false  ${f.page} ${f.kind} ${JSON.stringify(f.text)} → ${f.target}`);
}

if (synthetic > 0) {
  const library = mergeSources(goldSource(), syntheticLibrary(synthetic));
  const t1 = performance.now();
  const matcher = buildMatcher(library);
  const built = performance.now() - t1;
  const big = score(matcher, goldPages);
  console.log(`\nwith ${synthetic} synthetic colliding documents (${library.documents.length} in all; matcher built in ${built.toFixed(0)} ms):`);
  table(big);
  for (const f of big.falses) console.log(`  false  ${f.page} ${f.kind} ${JSON.stringify(f.text)} → ${f.target}`);
}

if (args.includes('--record')) {
  writeFileSync(RECORD, `${JSON.stringify(recordOf(current), null, 1)}\n`);
  console.log(`\nrecorded in ${RECORD}`);
}
