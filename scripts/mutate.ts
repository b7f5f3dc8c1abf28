// `npm run mutate`: Stryker over the lib/ modules one at a time (`npm run mutate -- text detect`
// for some), each with its own incremental file in test/mutation/, then the score per module.
// A module's run re-tests only mutants whose code or covering tests changed since its last run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import MODULES from '../test/mutation/modules.json';

type Mutant = { status: string; statusReason?: string; killedBy?: string[] };
type Report = { files: Record<string, { mutants: Mutant[] }> };

const asked = process.argv.slice(2);
/** A module of modules.json, or a single file of lib/ (`npm run mutate -- lib/text/numerals.ts`). */
const isFile = (m: string) => /^lib\/[\w/-]+\.ts$/.test(m) && existsSync(m);
const unknown = asked.filter((m) => !(m in MODULES) && !isFile(m));
if (unknown.length) throw new Error(`unknown module ${unknown.join(', ')}; a file of lib/ or one of ${Object.keys(MODULES).join(', ')}`);
const names = asked.length ? asked : Object.keys(MODULES);
/** The name stryker.config.mjs gives the module's report and incremental file. */
const tagOf = (m: string) => (isFile(m) ? m.replace(/^lib\//, '').replace(/\.ts$/, '').replaceAll('/', '-') : m);

/** Stryker's mutation score: detected (killed, timed out) over valid mutants (not compile errors). */
function score(report: Report) {
  const count: Record<string, number> = {};
  for (const file of Object.values(report.files))
    for (const m of file.mutants) {
      // Ignored mutants are static ones, or ones a `Stryker disable` comment marks equivalent.
      const status = m.status === 'Ignored' && !m.statusReason?.startsWith('Static') ? 'Equivalent' : m.status;
      count[status] = (count[status] ?? 0) + 1;
    }
  const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
  const valid = detected + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
  // Not in the score, but reported: mutants the checker rejects, and static ones (run only while
  // a module loads, before any test turns a mutant on) that `ignoreStatic` leaves untested.
  const mutants = Object.values(count).reduce((a, b) => a + b, 0);
  return {
    score: valid ? Math.round((1000 * detected) / valid) / 10 : null,
    detected,
    survived: count.Survived ?? 0,
    noCoverage: count.NoCoverage ?? 0,
    mutants,
    compileErrors: count.CompileError ?? 0,
    ignoredStatic: count.Ignored ?? 0,
    markedEquivalent: count.Equivalent ?? 0,
  };
}

const scoresFile = 'test/mutation/scores.json';
const scores: Record<string, unknown> = existsSync(scoresFile) ? JSON.parse(readFileSync(scoresFile, 'utf8')) : {};
let failed = false;
for (const name of names) {
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, MUTATION_MODULE: name } });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0) {
    failed = true;
    console.error(`${name}: stryker exited with ${run.status}`);
    continue;
  }
  const result = score(JSON.parse(readFileSync(`reports/mutation/${tagOf(name)}.json`, 'utf8')) as Report);
  // Fields written by hand (the score before a batch of tests, the full run's time) are kept.
  scores[name] = { ...(scores[name] as object), ...result, seconds, at: new Date().toISOString().slice(0, 10) };
  console.log(`${name}: ${result.score}% (${result.detected} detected, ${result.survived} survived, ${result.noCoverage} not covered) in ${seconds} s`);
}
writeFileSync(scoresFile, JSON.stringify(scores, null, 2) + '\n');
if (failed) process.exitCode = 1;
