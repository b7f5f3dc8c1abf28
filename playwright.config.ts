import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  // One Chromium with the extension at a time: the machine has 2 cores.
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
