// What the extension costs a page it runs on (issue 11). The same pages are loaded in one run
// in two Chromiums, one with the built extension and one without (the baseline), alternately,
// and Chromium's own Performance.getMetrics is read 2.5 s after navigation (after a forced
// garbage collection, so the heap is what stays). Also: the size of what every page loads at
// document_idle, and the time from the pointer resting on a reference to the popover's
// content on a fresh page (the first hover, when nothing has been loaded for it yet).
// PAGE_COST_BEFORE=<a build's directory> loads that build too, in the same run, for
// before/after figures (e.g. a copy of .output/chrome-mv3 built from an earlier commit).
import { pointNearTextEnd } from './text-point';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_PATH, launchWithExtension, serveDirectory } from '../../test/e2e/launch';

const LOADS = 8;
const SETTLE_MS = 2500;
const FIRST_HOVERS = 12;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** 3,000 paragraphs of ordinary Chinese prose with no policy reference in it. */
function plainPage(): string {
  const sentences = [
    '今天早上天气晴朗，公园里有很多人在散步和锻炼身体。',
    '图书馆新到了一批关于历史和地理的书籍，欢迎大家前来借阅。',
    '这家小店的面条味道很好，每到中午总是坐满了客人。',
    '孩子们在操场上踢足球，老师在一旁认真地看着他们。',
    '秋天到了，树叶慢慢变黄，风一吹就落满了整条街道。',
    '他每天坐地铁上班，路上会听一会儿音乐或者看看新闻。',
  ];
  const paragraphs = Array.from({ length: 3000 }, (_, i) => {
    const text = Array.from({ length: 3 }, (_, j) => sentences[(i + j * 5) % sentences.length]).join('');
    return `<p>${i + 1}. ${text}</p>`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>plain</title></head><body>${paragraphs.join('\n')}</body></html>`;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

type Metrics = { script: number; task: number; heap: number };

async function measureLoad(context: BrowserContext, url: string): Promise<Metrics> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  await page.close();
  return { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') };
}

/** The files the manifest injects at document_idle, raw and gzip. */
function idleBundle(build = EXTENSION_PATH): { files: string[]; raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
  const files = manifest.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(build, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, raw, gzip };
}

type DomNode = { nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };

/** Whether the extension's popover title is in the tree (its shadow root is closed: read through the DevTools protocol). */
function hasPopoverTitle(node: DomNode): boolean {
  if (node.nodeName === 'H2' && (node.attributes ?? []).some((value) => value.split(' ').includes('pl-title'))) return true;
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].some(hasPopoverTitle);
}

/** Pointer rest on `needle` → the popover's title in the tree, in ms. */
async function hoverToTitle(page: Page, cdp: CDPSession, needle: string): Promise<number> {
  const point = await pointNearTextEnd(page, needle);
  await page.mouse.move(point.x, point.y);
  const rested = performance.now();
  for (;;) {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    if (hasPopoverTitle(root as DomNode)) return performance.now() - rested;
    if (performance.now() - rested > 10_000) throw new Error('no popover after 10 s');
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
}

/**
 * Pointer rest → the popover's title, on a freshly loaded page, hovering as soon as the
 * references are underlined: the first hover, when the UI may still be loading. Baseline:
 * a second hover on the same page, with everything loaded. The 150 ms dwell that tells
 * resting from passing over is part of both and is their floor. The title (in a closed
 * shadow root) is looked for every few milliseconds through the DevTools protocol.
 */
async function firstPopover(context: BrowserContext, origin: string): Promise<{ first: number[]; warm: number[] }> {
  const first: number[] = [];
  const warm: number[] = [];
  const needles = ['商自贸发〔2025〕162号', '苏政发[2018]144号', '第十三条'];
  for (let i = 0; i < FIRST_HOVERS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/news-simplified.html`);
    await page.waitForFunction(() => (CSS.highlights.get('policy-lens-ref')?.size ?? 0) >= 8);
    first.push(await hoverToTitle(page, cdp, needles[i % needles.length]!));
    await page.mouse.move(0, 0);
    for (;;) {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      if (!hasPopoverTitle(root as DomNode)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    warm.push(await hoverToTitle(page, cdp, needles[(i + 1) % needles.length]!));
    await page.close();
  }
  return { first: first.sort((a, b) => a - b), warm: warm.sort((a, b) => a - b) };
}

export async function run(): Promise<void> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) execSync('npm run build', { stdio: 'inherit' });
  const bundle = idleBundle();
  console.log(`loads at document_idle: ${bundle.files.join(', ')}: ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzip (goal ≤ 60 KB gzip)`);
  const beforePath = process.env.PAGE_COST_BEFORE;
  if (beforePath) {
    const before = idleBundle(beforePath);
    console.log(`  before (${beforePath}): ${kb(before.raw)} raw, ${kb(before.gzip)} gzip; ratio after/before ${(bundle.gzip / before.gzip).toFixed(2)}× gzip`);
  }

  const { server, origin } = await serveDirectory('test/e2e/pages', { '/plain.html': plainPage });
  const withExtension = (await launchWithExtension()).context;
  const withBefore = beforePath ? (await launchWithExtension(beforePath)).context : null;
  const without = await chromium.launchPersistentContext('', { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, locale: 'zh-CN', args: ARGS });
  try {
    const pages: [string, string, number][] = [
      ['plain page, 3,000 paragraphs, no references', `${origin}/plain.html`, 10],
      ['small news page with references', `${origin}/news-simplified.html`, 25],
    ];
    for (const [name, url, goalMs] of pages) {
      // Warm both browsers (HTTP cache, the extension's service worker and corpus import).
      await measureLoad(withExtension, url);
      await measureLoad(without, url);
      if (withBefore) await measureLoad(withBefore, url);
      const runs: Record<'with' | 'without' | 'before', Metrics[]> = { with: [], without: [], before: [] };
      for (let i = 0; i < LOADS; i++) {
        runs.with.push(await measureLoad(withExtension, url));
        runs.without.push(await measureLoad(without, url));
        if (withBefore) runs.before.push(await measureLoad(withBefore, url));
      }
      const m = (side: 'with' | 'without' | 'before', key: keyof Metrics) => median(runs[side].map((r) => r[key]));
      const ratio = (key: keyof Metrics) => (m('without', key) > 0 ? `ratio ${(m('with', key) / m('without', key)).toFixed(2)}×` : 'the page runs no script of its own');
      const row = (key: keyof Metrics, unit: (n: number) => string) =>
        `${unit(m('with', key) - m('without', key))} added (${unit(m('with', key))} with vs ${unit(m('without', key))} without, ${ratio(key)})`;
      const ms = (n: number) => `${n.toFixed(1)} ms`;
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
      console.log(`${name} (median of ${LOADS} loads, ${SETTLE_MS / 1000} s after navigation):`);
      console.log(`  script time: ${row('script', ms)}; goal ≤ ${goalMs} ms added`);
      console.log(`  task time:   ${row('task', ms)}`);
      console.log(`  JS heap:     ${row('heap', mb)}${goalMs === 10 ? '; goal ≤ 1.5 MB added' : ''}`);
      if (withBefore) {
        const added = (side: 'with' | 'before', key: keyof Metrics) => m(side, key) - m('without', key);
        const versus = (key: keyof Metrics, unit: (n: number) => string) =>
          `${unit(added('with', key))} now vs ${unit(added('before', key))} before (ratio ${(added('with', key) / added('before', key)).toFixed(2)}×)`;
        console.log(`  added, this build vs the build before: script ${versus('script', ms)}; task ${versus('task', ms)}; heap ${versus('heap', mb)}`);
      }
    }
    const { first, warm } = await firstPopover(withExtension, origin);
    const pick = (times: number[], q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    if (withBefore) {
      const earlier = await firstPopover(withBefore, origin);
      console.log(`first popover with the build before: p50 ${pick(earlier.first, 0.5).toFixed(0)} ms, p95 ${pick(earlier.first, 0.95).toFixed(0)} ms`);
    }
    console.log(
      `first popover on a fresh page, pointer rest → content: p50 ${pick(first, 0.5).toFixed(0)} ms, p95 ${pick(first, 0.95).toFixed(0)} ms over ${first.length} fresh pages ` +
        `vs a second hover on the same page p50 ${pick(warm, 0.5).toFixed(0)} ms, p95 ${pick(warm, 0.95).toFixed(0)} ms (p95 ratio ${(pick(first, 0.95) / pick(warm, 0.95)).toFixed(2)}×; dwell floor 150 ms; goal p95 ≤ 300 ms)`,
    );
  } finally {
    await withExtension.close();
    await withBefore?.close();
    await without.close();
    server.close();
  }
}
