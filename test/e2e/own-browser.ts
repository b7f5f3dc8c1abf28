// Tests that change the library (adding documents) run in a browser of their own and leave the
// shared one, whose tests count the six bundled documents, alone.
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './launch';

/** A serial `test` whose `page` fixture opens in a browser launched for the file; `own` holds that browser once launched. */
export function ownBrowserTest() {
  const own = {} as { context: BrowserContext; serviceWorker: Worker; extensionId: string };
  const test = base.extend<{ page: Page }>({
    page: async ({}, use) => {
      const page = await own.context.newPage();
      await use(page);
      await page.close();
    },
  });
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    Object.assign(own, await launchWithExtension());
  });
  test.afterAll(() => own.context.close());
  return { test, own };
}
