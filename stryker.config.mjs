// Mutation testing of lib/ (issue 15): plants small bugs in the pure modules one at a time and
// checks that some unit test fails for each. Not part of `npm test` (a full run takes long on
// two cores). `npm run mutate` (scripts/mutate.ts) runs one module at a time, each with its own
// incremental file, so a run after a small change re-tests only the mutants in code or tests
// that changed. MUTATION_MODULE picks the module; without it, `npx stryker run` mutates them all.
import { readFileSync } from 'node:fs';

/** The lib/ modules with a score goal (issue 15), shared with scripts/mutate.ts. */
const MODULES = JSON.parse(readFileSync(new URL('./test/mutation/modules.json', import.meta.url), 'utf8'));

// A module of modules.json, or one file of lib/ (a module takes too long for a quick look at a
// file's survivors: at ~8 mutants a minute here, lib/detect's 1,400 mutants take three hours).
const name = process.env.MUTATION_MODULE;
const only = name ? (MODULES[name] ?? (/^lib\/[\w/-]+\.ts$/.test(name) ? [name] : undefined)) : undefined;
if (name && !only) throw new Error(`MUTATION_MODULE=${name}: not a file of lib/ nor one of ${Object.keys(MODULES).join(', ')}`);
const tag = name ? name.replace(/^lib\//, '').replace(/\.ts$/, '').replaceAll('/', '-') : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit tests minus the React component tests, files sharing one worker per mutant run:
  // see test/mutation/vitest.config.ts for why that keeps the results those of isolated runs.
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  checkers: ['typescript'],
  // lib/ alone: a mutant of lib/ is checked without re-checking components, entrypoints and tests.
  tsconfigFile: 'tsconfig.stryker.json',
  mutate: only ?? Object.values(MODULES).flat(),
  // Stryker's default also rewrites .html under test/, adding `// @ts-nocheck` to their scripts,
  // which shifts the text offsets the Hypothesis baseline fixtures pin.
  disableTypeChecks: 'lib/**/*.{js,ts,jsx,tsx,cts,mts}',
  coverageAnalysis: 'perTest',
  // Module-level constants (tables, regexes) run once on import: every test covers them, so
  // mutating them would re-run whole test files per mutant for little information.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `test/mutation/${tag}.incremental.json`,
  // A mutant's run stops at its first failing test (most mutants are killed, and the rest of
  // their covering tests would run for nothing: 1.9× more mutants a minute). The score before a
  // batch of new tests comes from a run before it, not from the list of killing tests.
  disableBail: false,
  // Two cores shared with other work: one test runner (the TypeScript checker is a second process).
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${tag}.json` },
  htmlReporter: { fileName: `reports/mutation/${tag}.html` },
  ignorePatterns: ['.output', 'reports', 'test-results', 'playwright-report'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
