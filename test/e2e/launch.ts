import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Debian's Chromium (or CHROMIUM_PATH) with the built extension loaded, headless. Returns
 * the extension's service worker too: its URL carries the extension id. Benchmarks may load
 * another build (an earlier one, for a before/after figure).
 */
export async function launchWithExtension(extensionPath = EXTENSION_PATH): Promise<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (and chrome.i18n's) from LANGUAGE; --lang is ignored.
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // The MV3 service worker can register after the context opens.
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host };
}

/**
 * Serves `dir` on 127.0.0.1 only, on a free port. `?csp=strict` adds a strict
 * Content-Security-Policy; `extra` answers paths that are generated rather than files.
 */
export async function serveDirectory(dir: string, extra: Record<string, () => string> = {}): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream' };
    if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = "default-src 'self'; style-src 'self'; script-src 'self'";
    const generated = extra[url.pathname];
    if (generated) return void res.writeHead(200, headers).end(generated());
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    const body = await readFile(file).catch(() => null);
    if (body) res.writeHead(200, headers).end(body);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
