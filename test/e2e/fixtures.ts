import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, serveDirectory } from './launch';

type Stored = { local: Record<string, unknown>; sync: Record<string, unknown> };

export const test = base.extend<
  { context: BrowserContext; page: Page; cleanStorage: void },
  { extension: Awaited<ReturnType<typeof launchWithExtension>>; serviceWorker: Worker; extensionId: string; origin: string; installedStorage: Stored }
>({
  origin: [
    async ({}, use) => {
      const { server, origin } = await serveDirectory('test/e2e/pages');
      await use(origin);
      server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const extension = await launchWithExtension();
      await use(extension);
      await extension.context.close();
    },
    { scope: 'worker' },
  ],
  serviceWorker: [async ({ extension }, use) => use(extension.serviceWorker), { scope: 'worker' }],
  // Stored state as a fresh install has it, read once the extension has started.
  installedStorage: [
    async ({ extension }, use) => {
      const stored: Stored = await extension.serviceWorker.evaluate(async () => ({
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
      }));
      await use(stored);
    },
    { scope: 'worker' },
  ],
  extensionId: [async ({ extension }, use) => use(extension.extensionId), { scope: 'worker' }],
  // Tests share one browser, but not their settings: before each test, stored settings and
  // preferences (pause, switched-off sites, script, anything added later) go back to how the
  // fresh install had them, so no test sees what an earlier one left, whatever the order.
  cleanStorage: [
    async ({ serviceWorker, installedStorage }, use) => {
      await serviceWorker.evaluate(async (installed: Stored) => {
        for (const area of ['local', 'sync'] as const) {
          const now = await chrome.storage[area].get(null);
          const added = Object.keys(now).filter((key) => !(key in installed[area]));
          if (added.length) await chrome.storage[area].remove(added);
          if (Object.keys(installed[area]).length) await chrome.storage[area].set(installed[area]);
        }
      }, installedStorage);
      await use();
    },
    { auto: true },
  ],
  // Tests share one browser with the extension loaded; each gets its own tab.
  context: async ({ extension }, use) => use(extension.context),
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;
