// The PDF reader in Chromium with the built extension, on a 100-page PDF printed by Chromium
// (page.pdf) from policy-like HTML: time from opening the file to the first page's text layer,
// time to read and detect over all pages, and memory after scrolling through every page.
// Baselines from the same run: a 1-page PDF for the first text layer and for memory (what
// opening any PDF costs), and pdf.js's text extraction alone for the whole-text pass.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension } from '../../test/e2e/launch';

const PARAGRAPHS = [
  '为贯彻落实《江苏省人民政府关于推动生物医药产业高质量发展的意见》(苏政发〔2018〕144号)精神，结合本市实际，制定本方案。',
  '（一）加强组织领导。建立市级生物医药产业发展协调机制，统筹推进全市生物医药产业发展，定期研究解决产业发展中的重大问题。',
  '（二）强化创新驱动。支持企业、高校和科研院所联合建设创新平台，加快突破关键核心技术，推动创新成果转化落地。',
  '（三）优化产业布局。引导生物医药产业向园区集聚发展，完善园区基础设施和公共服务平台，按照国函〔2025〕80号要求推进试点。',
  '（四）培育市场主体。支持龙头企业做大做强，鼓励中小企业专精特新发展，加大招商引资力度，引进一批带动性强的重大项目。',
  '（五）加快人才集聚。实施生物医药高层次人才引进计划，完善人才住房、子女教育、医疗保障等配套服务，营造良好人才发展环境。',
];

function policyHtml(pages: number): string {
  const sections = Array.from({ length: pages }, (_, i) => `<section><h2>第${i + 1}部分</h2>${[...PARAGRAPHS, ...PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}</section>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", serif; font-size: 15px; line-height: 1.7; } p { text-indent: 2em; margin: 0; }
    section { break-after: page; }</style></head><body>${sections.join('')}</body></html>`;
}

export async function printPdf(context: BrowserContext, pages: number, file: string): Promise<number> {
  const page = await context.newPage();
  await page.setContent(policyHtml(pages));
  const bytes = await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
  await page.close();
  writeFileSync(file, bytes);
  return bytes.length;
}

interface Figures {
  firstTextLayerMs: number;
  textMs: number;
  detectedMs: number;
  references: number;
  heapMb: number;
  canvases: number;
}

/** Opens `file` in a fresh reader tab and reads the timings, then scrolls to the end and reads memory. */
async function measure(context: BrowserContext, extensionId: string, file: string): Promise<Figures> {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/reader.html`);
  await page.evaluate(() => {
    const g = globalThis as unknown as { firstTextLayer?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('.pl-pdf-page[data-page="1"] .textLayer span')) {
        g.firstTextLayer = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.locator('input[type=file]').setInputFiles(file);
  await page.waitForFunction(() => performance.getEntriesByName('policy-lens:pdf-detected').length > 0, undefined, { timeout: 300_000 });
  await page.waitForFunction(() => (globalThis as unknown as { firstTextLayer?: number }).firstTextLayer !== undefined);
  // No helper functions inside: tsx would wrap them in a __name() the page does not have.
  const timings = await page.evaluate(() => {
    const open = performance.getEntriesByName('policy-lens:pdf-open')[0]!.startTime;
    return {
      firstTextLayerMs: (globalThis as unknown as { firstTextLayer: number }).firstTextLayer - open,
      textMs: performance.getEntriesByName('policy-lens:pdf-text')[0]!.startTime - open,
      detectedMs: performance.getEntriesByName('policy-lens:pdf-detected')[0]!.startTime - open,
      references: Number(/\d+/.exec(document.querySelector('.pl-reader-notice-references')?.textContent ?? '')?.[0] ?? 0),
    };
  });
  // Through every page, as a reader paging to the end would.
  const count = await page.locator('.pl-pdf-page').count();
  for (let i = 1; i <= count; i += 3) {
    await page.locator(`.pl-pdf-page[data-page="${i}"]`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(500);
  const session = await context.newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const heap = metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const canvases = await page.evaluate(() => [...document.querySelectorAll('.pl-pdf-page canvas')].length);
  await page.close();
  return { ...timings, heapMb: heap / 1048576, canvases };
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const ROUNDS = 3;

function medians(rounds: Figures[]): Figures {
  const median = (key: keyof Figures) => rounds.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
  return {
    firstTextLayerMs: median('firstTextLayerMs'),
    textMs: median('textMs'),
    detectedMs: median('detectedMs'),
    references: median('references'),
    heapMb: median('heapMb'),
    canvases: median('canvases'),
  };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-pdf-bench-'));
  const { context, extensionId } = await launchWithExtension();
  try {
    const big = join(dir, '100.pdf');
    const one = join(dir, '1.pdf');
    const bigBytes = await printPdf(context, 100, big);
    await printPdf(context, 1, one);
    // A warm-up open, so no measurement pays for the first load of the reader's code; then
    // interleaved rounds, median of each figure.
    await measure(context, extensionId, one);
    const bases: Figures[] = [];
    const fulls: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      bases.push(await measure(context, extensionId, one));
      fulls.push(await measure(context, extensionId, big));
    }
    const base = medians(bases);
    const full = medians(fulls);
    console.log(`100-page PDF: ${(bigBytes / 1048576).toFixed(2)} MB, ${full.references} references detected; medians of ${ROUNDS} rounds`);
    console.log(`first page's text layer: ${ms(full.firstTextLayerMs)} (1-page PDF ${ms(base.firstTextLayerMs)}, ×${(full.firstTextLayerMs / base.firstTextLayerMs).toFixed(2)})`);
    console.log(`all pages read and detected: ${ms(full.detectedMs)} (pdf.js text extraction alone ${ms(full.textMs)}; joining and detection ×${(full.detectedMs / full.textMs).toFixed(2)} of it)`);
    console.log(`JS heap after paging through all 100: ${full.heapMb.toFixed(1)} MB (1-page PDF ${base.heapMb.toFixed(1)} MB, ×${(full.heapMb / base.heapMb).toFixed(2)}); canvases alive ${full.canvases} of 100`);
  } finally {
    await context.close();
  }
}
