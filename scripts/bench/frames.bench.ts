// Idle cost of a page with 20 small cross-origin (ad-sized) frames: main-thread task and script
// time, from the DevTools protocol, with the extension against the same page in the same
// Chromium with no extension; the same page with 20 readable-size frames shows what the size
// gate saves.
import { chromium, type BrowserContext } from '@playwright/test';
import { launchWithExtension, serveDirectory } from '../../test/e2e/launch';

const FRAME = '<!doctype html><meta charset="utf-8"><p>广告 苏政发〔2018〕144号</p>';
const page = (other: string, w: number, h: number) =>
  `<!doctype html><meta charset="utf-8"><title>frames</title><body><p>正文</p>${Array.from({ length: 20 }, (_, i) => `<iframe src="${other}/ad.html?${i}" width="${w}" height="${h}"></iframe>`).join('')}</body>`;

async function cost(context: BrowserContext, url: string, rounds = 5): Promise<{ taskMs: number; scriptMs: number }> {
  let taskMs = 0;
  let scriptMs = 0;
  for (let i = 0; i < rounds; i++) {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(url, { waitUntil: 'load' });
    // Idle: what the content scripts do after load, before anyone touches the page.
    await tab.waitForTimeout(2000);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    taskMs += get('TaskDuration') * 1000;
    scriptMs += get('ScriptDuration') * 1000;
    await tab.close();
  }
  return { taskMs: taskMs / rounds, scriptMs: scriptMs / rounds };
}

export async function run(): Promise<void> {
  const ads = await serveDirectory('test/e2e/pages', { '/ad.html': () => FRAME });
  const host = await serveDirectory('test/e2e/pages', {
    '/tiny.html': () => page(ads.origin, 60, 20),
    '/large.html': () => page(ads.origin, 300, 150),
  });
  const plain = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true });
  const { context } = await launchWithExtension();
  try {
    const plainContext = await plain.newContext();
    const fmt = (c: { taskMs: number; scriptMs: number }) => `tasks ${c.taskMs.toFixed(0)} ms, script ${c.scriptMs.toFixed(0)} ms`;
    const base = await cost(plainContext, `${host.origin}/tiny.html`);
    const tiny = await cost(context, `${host.origin}/tiny.html`);
    const large = await cost(context, `${host.origin}/large.html`);
    console.log(`20 tiny cross-origin frames, no extension:   ${fmt(base)} (main frame's process, mean of 5 loads + 2 s idle)`);
    console.log(`20 tiny cross-origin frames, with extension: ${fmt(tiny)} (×${(tiny.taskMs / base.taskMs).toFixed(2)} tasks)`);
    console.log(`20 readable frames (300×150), with extension: ${fmt(large)} (×${(large.taskMs / base.taskMs).toFixed(2)} tasks against the tiny page without)`);
  } finally {
    await context.close();
    await plain.close();
    ads.server.close();
    host.server.close();
  }
}
