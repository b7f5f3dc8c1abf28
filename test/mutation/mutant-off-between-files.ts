// Stryker's vitest runner turns a mutant on in a beforeAll of each test file, after the file is
// loaded. With isolation off (test/mutation/vitest.config.ts), the next file of the same run
// would be loaded with that mutant still on, so code run at load (fixtures built at a file's
// top level) would be mutated there and not in the first file. Turning it off after each file
// makes every file load unmutated, as it does with isolation, whatever the order.
import { afterAll } from 'vitest';

afterAll(() => {
  const stryker = (globalThis as unknown as Record<string, { activeMutant?: string } | undefined>).__stryker__;
  if (stryker) stryker.activeMutant = undefined;
});
