import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, serveDirectory } from './launch';

export const test = base.extend<
  { context: BrowserContext; page: Page },
  { extension: Awaited<ReturnType<typeof launchWithExtension>>; serviceWorker: Worker; extensionId: string; origin: string }
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
  extensionId: [async ({ extension }, use) => use(extension.extensionId), { scope: 'worker' }],
  // Tests share one browser with the extension loaded; each gets its own tab.
  context: async ({ extension }, use) => use(extension.context),
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;
