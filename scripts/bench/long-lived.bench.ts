// Long-lived tabs (issue 18): pages that never stop changing (a clock ticking ~250×/s, a banner
// whose innerHTML is replaced every second, an infinite-scroll feed), each open in Chromium with
// the built extension and, at the same time, in a Chromium without it (the baseline). After a
// forced GC: DOM nodes alive, JS heap used, and script time, at 5 s and 1 min (and 10 min with
// LONG=1). A leak shows as nodes or heap growing between readings with the extension only.
// Script time is the renderer main thread's own CPU time (threadTicks), so other work on the
// machine does not count; PROFILE=1 adds where the extension's script time goes. Then the PDF reader (READER_PAGES, default 40, printed by
// page.pdf()): nodes and heap after opening, then after each of READER_ROUNDS passes down and
// up through every page, as pages are drawn and dropped (at most 8 are drawn at once).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_PATH, launchWithExtension, serveDirectory } from '../../test/e2e/launch';
import { printPdf } from './pdf.bench';

const SUBJECTS = (process.env.PAGES ?? 'clock,banner,feed,reader').split(',');
const PAGES = SUBJECTS.filter((name) => name !== 'reader').map((name) => `long-lived-${name}.html`);
const READER_PAGES = Number(process.env.READER_PAGES ?? 40);
const READER_ROUNDS = Number(process.env.READER_ROUNDS ?? 5);
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

/**
 * Opens a PDF of `pages` pages in the reader and pages through it `rounds` times, down and up,
 * as a reader would; returns the reading after opening and after each pass.
 */
export async function pageThroughReader(context: BrowserContext, extensionId: string, file: string, rounds: number): Promise<Reading[]> {
  const page = await context.newPage();
  try {
    const read = await pageMeter(page);
    await page.goto(`chrome-extension://${extensionId}/reader.html`);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.waitForFunction(() => performance.getEntriesByName('policy-lens:pdf-detected').length > 0, undefined, { timeout: 120_000 });
    const count = await page.locator('.pl-pdf-page').count();
    await page.waitForTimeout(500);
    const readings = [await read()];
    for (let round = 0; round < rounds; round++) {
      for (const i of [...Array(count).keys(), ...[...Array(count).keys()].reverse()]) {
        if (i % 2) continue;
        await page.locator(`.pl-pdf-page[data-page="${i + 1}"]`).scrollIntoViewIfNeeded();
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(500);
      readings.push(await read());
    }
    return readings;
  } finally {
    await page.close();
  }
}

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples?: number[]; timeDeltas?: number[] };

/**
 * Where the extension's own script time goes (PROFILE=1): CDP's sampling profiler on the page,
 * samples whose stack holds a frame of the extension's scripts, per second of the window, and
 * the extension functions taking most of them. Mutation records the browser makes for the
 * extension's observer are not script frames and do not show here; the script time does.
 */
async function startProfile(page: Page): Promise<() => Promise<string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const seconds = (Date.now() - started) / 1000;
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const ours = (url: string) => url.startsWith('chrome-extension://');
    let inside = 0;
    const self = new Map<string, number>();
    (profile.samples ?? []).forEach((id, i) => {
      const us = profile.timeDeltas?.[i] ?? 0;
      const leaf = byId.get(id)!;
      let hit = false;
      for (let node = leaf as Profile['nodes'][number] | undefined; node && !hit; node = byId.get(parent.get(node.id) ?? -1)) hit = ours(node.callFrame.url);
      if (!hit) return;
      inside += us;
      const frame = leaf.callFrame;
      const name = ours(frame.url) ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : `${frame.functionName || frame.url || '(native)'} called by the extension`;
      self.set(name, (self.get(name) ?? 0) + us);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, us]) => `${(us / 1000 / seconds).toFixed(2)} ${name}`);
    return `extension frames on the stack: ${(inside / 1000 / seconds).toFixed(2)} ms/s; most (ms/s, minified names): ${top.join('; ') || 'none'}`;
  };
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
      let profiled: (() => Promise<string>) | null = null;
      for (const at of MARKS_S) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, opened + at * 1000 - Date.now())));
        const [a, b] = await Promise.all([readOn(), readOff()]);
        readings.push({ at, on: a, off: b });
        if (process.env.PROFILE && !profiled) profiled = await startProfile(on);
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
      if (profiled) console.log(`${file} ${first.at}→${last.at}s, ${await profiled()}`);
      await Promise.all([on.close(), off.close()]);
    }
    if (SUBJECTS.includes('reader')) {
      const file = join(mkdtempSync(join(tmpdir(), 'policy-lens-long-lived-')), 'reader.pdf');
      await printPdf(withExt.context, READER_PAGES, file);
      const [opened, ...passes] = await pageThroughReader(withExt.context, withExt.extensionId, file, READER_ROUNDS);
      const last = passes.at(-1)!;
      console.log(`reader, ${READER_PAGES}-page PDF, after opening: nodes ${opened!.nodes}, heap ${mb(opened!.heapBytes)}`);
      passes.forEach((r, i) =>
        console.log(`reader after pass ${i + 1} through every page: nodes ${r.nodes} (${ratio(r.nodes, opened!.nodes)}), heap ${mb(r.heapBytes)} (${ratio(r.heapBytes, opened!.heapBytes)})`),
      );
      console.log(
        `reader, pass 1→${passes.length}: ${((last.nodes - passes[0]!.nodes) / Math.max(1, passes.length - 1)).toFixed(1)} nodes and ` +
          `${((last.heapBytes - passes[0]!.heapBytes) / 1024 / Math.max(1, passes.length - 1)).toFixed(1)} KB heap per pass (goal: ~0 nodes; heap flat but for JIT code)`,
      );
    }
  } finally {
    await withExt.context.close();
    await plain.close();
    server.close();
  }
}
