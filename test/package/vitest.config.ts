// The package checks read what `npm run zip` wrote to .output/, so they run after it, apart from the unit tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/package/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
});
