// `npm run screenshots`: the store screenshots, taken like an E2E run (see screenshots.spec.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({ testDir: '.', testMatch: 'screenshots.spec.ts', timeout: 120_000, workers: 1, reporter: [['list']] });
