// Long-lived tabs (issue 18): pages that never stop changing (a clock ticking ~250×/s, a banner
// whose innerHTML is replaced every second, an infinite-scroll feed), each open in Chromium with
// the built extension and, at the same time, in a Chromium without it (the baseline). After a
// forced GC: DOM nodes alive, JS heap used, and script time, at 5 s and 1 min (and 10 min with
// LONG=1). A leak shows as nodes or heap growing between readings with the extension only.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, launchWithExtension, serveDirectory } from '../../test/e2e/launch';

const PAGES = (process.env.PAGES ?? 'clock,banner,feed').split(',').map((name) => `long-lived-${name}.html`);
const MARKS_S = process.env.LONG ? [5, 60, 600] : [5, 60];

export interface Reading {
  nodes: number;
  heapBytes: number;
  scriptMs: number;
}

/**
 * Opens a reader of `page`'s renderer: nodes, heap and script time after a forced garbage
 * collection. Chromium counts script time only while the Performance domain is on, so it is
 * switched on here, before the page loads.
 */
export async function pageMeter(page: Page): Promise<() => Promise<Reading>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { nodes, heapBytes: metric('JSHeapUsedSize'), scriptMs: metric('ScriptDuration') * 1000 };
  };
}

/** The same Chromium as launchWithExtension, without the extension. */
async function launchPlain(): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

export async function run(): Promise<void> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) execSync('npm run build', { stdio: 'inherit' });
  const { server, origin } = await serveDirectory('test/e2e/pages');
  const withExt = await launchWithExtension();
  const plain = await launchPlain();
  try {
    for (const file of PAGES) {
      // Both open together so that machine load weighs on both alike.
      const [on, off] = await Promise.all([withExt.context.newPage(), plain.newPage()]);
      const [readOn, readOff] = await Promise.all([pageMeter(on), pageMeter(off)]);
      const opened = Date.now();
      await Promise.all([on.goto(`${origin}/${file}`), off.goto(`${origin}/${file}`)]);
      const readings: { at: number; on: Reading; off: Reading }[] = [];
      for (const at of MARKS_S) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, opened + at * 1000 - Date.now())));
        const [a, b] = await Promise.all([readOn(), readOff()]);
        readings.push({ at, on: a, off: b });
        console.log(
          `${file} at ${at}s: nodes ${a.nodes} with vs ${b.nodes} without (${ratio(a.nodes, b.nodes)}); ` +
            `heap ${mb(a.heapBytes)} vs ${mb(b.heapBytes)} (${ratio(a.heapBytes, b.heapBytes)}); ` +
            `script ${a.scriptMs.toFixed(0)} ms vs ${b.scriptMs.toFixed(0)} ms (${ratio(a.scriptMs, b.scriptMs)})`,
        );
      }
      const first = readings[0]!;
      const last = readings.at(-1)!;
      const span = last.at - first.at;
      const perSecond = (f: (r: Reading) => number) => ((f(last.on) - f(first.on)) - (f(last.off) - f(first.off))) / span;
      console.log(
        `${file} ${first.at}→${last.at}s, added by the extension per second: ${perSecond((r) => r.nodes).toFixed(1)} nodes, ` +
          `${(perSecond((r) => r.heapBytes) / 1024).toFixed(2)} KB heap, ${perSecond((r) => r.scriptMs).toFixed(2)} ms script ` +
          `(goal: ~0 nodes, ~0 KB, ≤ 2 ms/s)`,
      );
      await Promise.all([on.close(), off.close()]);
    }
  } finally {
    await withExt.context.close();
    await plain.close();
    server.close();
  }
}
