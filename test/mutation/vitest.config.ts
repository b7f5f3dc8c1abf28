// The unit tests as Stryker runs them for each mutant of lib/ (issue 15). The same tests as
// `npm run test:unit` except the React component tests (.tsx under jsdom, whose environment
// start dominates a mutant's run and which check rendering, not lib/), and without per-file
// isolation: a mutant's covering test files share one worker and its loaded modules, 2–3×
// faster on two cores. Stryker still starts a fresh worker for every mutant, and the setup
// file below keeps what isolation guaranteed at load: no test file is loaded with a mutant on.
// One difference stays: code run once per worker (lazy singletons: query.ts's segmenter,
// simplify.ts's converter, fold.ts's per-character cache) counts as covered only by the first
// test that runs it, so its mutants run fewer tests and may survive where isolated runs kill
// them. That errs low, never high; such survivors are checked by hand (MUTATION.md).
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/unit/**/*.test.ts'],
    isolate: false,
    setupFiles: ['test/mutation/mutant-off-between-files.ts'],
  },
});
