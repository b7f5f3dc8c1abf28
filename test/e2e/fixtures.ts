import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const EXTENSION_PATH = resolve('.output/chrome-mv3');
const PAGES_DIR = resolve('test/e2e/pages');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves test/e2e/pages on 127.0.0.1 only; `?csp=strict` adds a strict Content-Security-Policy. */
async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = normalize(join(PAGES_DIR, url.pathname));
    if (!file.startsWith(PAGES_DIR)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = "default-src 'self'; style-src 'self'; script-src 'self'";
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export const test = base.extend<
  { context: BrowserContext; page: Page },
  { extensionContext: BrowserContext; serviceWorker: Worker; extensionId: string; origin: string }
>({
  origin: [
    async ({}, use) => {
      const { server, origin } = await startServer();
      await use(origin);
      server.close();
    },
    { scope: 'worker' },
  ],
  extensionContext: [
    async ({}, use) => {
      const context = await chromium.launchPersistentContext('', {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        locale: 'zh-CN',
        args: [
          `--disable-extensions-except=${EXTENSION_PATH}`,
          `--load-extension=${EXTENSION_PATH}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ extensionContext: context }, use) => {
      // The MV3 service worker can register after the context opens.
      await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
    },
    { scope: 'worker' },
  ],
  extensionId: [async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host), { scope: 'worker' }],
  // Tests share one browser with the extension loaded; each gets its own tab.
  context: async ({ extensionContext }, use) => use(extensionContext),
  page: async ({ extensionContext: context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

export const expect = test.expect;
