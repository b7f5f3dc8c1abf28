import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { message, ui } from './page-helpers';

/**
 * The 在阅读器中打开 offer on PDFs a page embeds (<iframe>, <embed>, <object>) or links to,
 * with the built extension: it opens the extension's reader on that PDF, and a dismissed
 * offer stays away from its element. The PDF is printed by Chromium from the reader's fixture.
 */
const SENTENCE = '各地要把生物医药产业作为重点产业加以培育。';

const EMBEDS = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>附件</title></head><body>
<h1>政策文件附件</h1>
<iframe id="frame" src="/files/policy.pdf" width="360" height="240"></iframe>
<embed id="embed" type="application/pdf" src="/download?id=144" width="360" height="240">
<object id="object" data="/files/policy.pdf" type="application/pdf" width="360" height="240"></object>
<iframe id="pixel" src="/files/policy.pdf" width="60" height="30"></iframe>
</body></html>`;

const LINKS = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>附件下载</title></head><body>
<h1>附件下载</h1>
<p id="para">附件：<a id="pdf" href="/files/policy.pdf">实施意见全文</a>，<a id="other-pdf" href="/files/policy.pdf?copy=2">实施意见（第二份）</a>，<a id="html" href="/links.html">本页</a>。</p>
<p>说明文字。</p>
</body></html>`;

// The address says nothing: the frame is same-origin, and the browser says what it loaded.
const SERVED = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>附件预览</title></head><body>
<h1>附件预览</h1>
<iframe id="served" src="/download?id=7" width="360" height="240"></iframe>
</body></html>`;

let server: Server;
let site = '';

test.beforeAll(async ({ context }) => {
  const printer = await context.newPage();
  await printer.setContent(readFileSync('test/e2e/reader/policy.html', 'utf8'));
  const pdf = await printer.pdf({ format: 'A5' });
  await printer.close();
  // Served as government sites serve attachments: application/pdf, no CORS header.
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (path === '/embeds.html') return void html(EMBEDS);
    if (path === '/links.html') return void html(LINKS);
    if (path === '/served.html') return void html(SERVED);
    if (path === '/files/policy.pdf' || path === '/download') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => server?.close());

let labels = { open: '', dismiss: '' };
test.beforeAll(async ({ serviceWorker }) => {
  labels = { open: await message(serviceWorker, 'readerOpenInReader'), dismiss: await message(serviceWorker, 'close') };
});
const offerButtons = async (page: Page) => ui(page).getByRole('button', { name: labels.open, exact: true });
const dismissButtons = async (page: Page) => ui(page).getByRole('button', { name: labels.dismiss, exact: true });

/** Clicks an offer and returns the reader tab it opened, once the PDF's text is shown in it. */
async function openFromOffer(context: BrowserContext, page: Page, nth: number, pdfUrl: string): Promise<void> {
  const [reader] = await Promise.all([context.waitForEvent('page'), (await offerButtons(page)).nth(nth).click()]);
  await expect.poll(() => new URL(reader.url()).searchParams.get('url')).toBe(pdfUrl);
  expect(new URL(reader.url()).pathname).toBe('/reader.html');
  await expect(reader.locator('.pl-pdf-page .textLayer').first()).toContainText('重点产业加以培育');
  await reader.close();
}

/**
 * Rests the pointer on a link until its offer shows: right after loading, the content script
 * may still be starting, and a pointer that came to rest before it listened makes no new move.
 */
async function restOnLink(page: Page, selector: string): Promise<void> {
  await expect(async () => {
    await page.mouse.move(0, 0);
    await page.locator(selector).hover();
    await expect(await offerButtons(page)).toHaveCount(1, { timeout: 1000 });
  }).toPass();
}

/** The offer boxes, left to right, as the page's viewport sees them. */
async function offerBoxes(page: Page) {
  const offers = ui(page).locator('.pl-pdf-offer');
  const boxes = [];
  for (let i = 0; i < (await offers.count()); i++) boxes.push((await offers.nth(i).boundingBox())!);
  return boxes.sort((a, b) => a.x - b.x);
}

test('an <iframe>, <embed> and <object> showing a PDF each get an offer in their corner; a pixel-sized one does not', async ({ page, context }) => {
  await page.goto(`${site}/embeds.html`);
  await expect(await offerButtons(page)).toHaveCount(3);
  // Each offer lies inside the bottom-right corner of its own embed (the viewers' toolbars run
  // along the top), in page order.
  const boxes = await offerBoxes(page);
  for (const [i, id] of ['frame', 'embed', 'object'].entries()) {
    const embed = (await page.locator(`#${id}`).boundingBox())!;
    const offer = boxes[i]!;
    expect(offer.x).toBeGreaterThan(embed.x + embed.width / 2);
    expect(offer.x + offer.width).toBeLessThanOrEqual(embed.x + embed.width);
    expect(offer.y).toBeGreaterThan(embed.y + embed.height / 2);
    expect(offer.y + offer.height).toBeLessThanOrEqual(embed.y + embed.height);
  }
  // The <iframe>'s and the <embed>'s (whose address says nothing, its type does) open in the reader.
  await openFromOffer(context, page, 0, `${site}/files/policy.pdf`);
  await openFromOffer(context, page, 1, `${site}/download?id=144`);
});

test('a same-origin frame whose address says nothing gets the offer once the browser has loaded it as a PDF', async ({ page, context }) => {
  await page.goto(`${site}/served.html`);
  await expect(await offerButtons(page)).toHaveCount(1);
  await openFromOffer(context, page, 0, `${site}/download?id=7`);
});

test('a dismissed offer stays away from its element, also when the element is moved or a new PDF is added', async ({ page }) => {
  await page.goto(`${site}/embeds.html`);
  await expect(await offerButtons(page)).toHaveCount(3);
  const before = await offerBoxes(page);
  await (await dismissButtons(page)).nth(1).click();
  await expect(await offerButtons(page)).toHaveCount(2);
  expect((await offerBoxes(page)).map((box) => box.x)).toEqual([before[0]!.x, before[2]!.x]);
  // The page moves the dismissed <embed> and adds another PDF: only the new one gets an offer.
  await page.evaluate(() => {
    document.body.append(document.querySelector('#embed')!);
    const added = document.createElement('iframe');
    Object.assign(added, { id: 'added', src: '/files/policy.pdf?v=2', width: '360', height: '240' });
    document.querySelector('h1')!.after(added);
  });
  await expect(await offerButtons(page)).toHaveCount(3);
  const added = (await page.locator('#added').boundingBox())!;
  const moved = (await page.locator('#embed').boundingBox())!;
  const boxes = await offerBoxes(page);
  expect(boxes.some((box) => box.y >= added.y && box.y < added.y + added.height && box.x > added.x && box.x < added.x + added.width)).toBe(true);
  expect(boxes.some((box) => box.y >= moved.y && box.y < moved.y + moved.height && box.x > moved.x && box.x < moved.x + moved.width)).toBe(false);
});

test('resting on a PDF link offers the reader under it, without moving the page or taking focus', async ({ page, context }) => {
  await page.goto(`${site}/links.html`);
  const link = page.locator('#pdf');
  const layout = () => page.evaluate(() => ({ para: document.querySelector('#para')!.getBoundingClientRect().toJSON(), height: document.documentElement.scrollHeight, focus: document.activeElement?.localName }));
  const before = await layout();
  await restOnLink(page, '#pdf');
  const offer = (await offerBoxes(page))[0]!;
  const linkBox = (await link.boundingBox())!;
  expect(offer.y).toBeGreaterThanOrEqual(linkBox.y + linkBox.height);
  expect(offer.y).toBeLessThan(linkBox.y + linkBox.height + 10);
  expect(await layout()).toEqual(before);
  // Escape puts it away; resting on the link again brings it back.
  await page.keyboard.press('Escape');
  await expect(await offerButtons(page)).toHaveCount(0);
  await page.locator('h1').hover();
  await link.hover();
  await expect(await offerButtons(page)).toHaveCount(1);
  // The pointer goes from the link onto the offer, which stays, and clicks it.
  await page.mouse.move(offer.x + 20, offer.y + offer.height / 2, { steps: 4 });
  await openFromOffer(context, page, 0, `${site}/files/policy.pdf`);
});

test('a dismissed link offer does not come back on that link; other PDF links still offer', async ({ page }) => {
  await page.goto(`${site}/links.html`);
  await restOnLink(page, '#pdf');
  await (await dismissButtons(page)).click();
  await expect(await offerButtons(page)).toHaveCount(0);
  // The other PDF link still offers: how long that takes sets the window watched below.
  const started = Date.now();
  await page.locator('#other-pdf').hover();
  await expect(await offerButtons(page)).toHaveCount(1);
  const second = (await page.locator('#other-pdf').boundingBox())!;
  expect(Math.abs((await offerBoxes(page))[0]!.x - second.x)).toBeLessThan(2);
  const window = Math.max(2 * (Date.now() - started), 600);
  // Off the links, then back onto the dismissed one: nothing, over twice that time.
  await page.locator('h1').hover();
  await expect(await offerButtons(page)).toHaveCount(0);
  await page.locator('#pdf').hover();
  await page.waitForTimeout(window);
  await expect(await offerButtons(page)).toHaveCount(0);
});

test('paused everywhere or switched off on the site, the offers go', async ({ page, serviceWorker }) => {
  const set = (settings: object) => serviceWorker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
  await page.goto(`${site}/embeds.html`);
  await expect(await offerButtons(page)).toHaveCount(3);
  await set({ paused: true, disabledSites: [] });
  await expect(await offerButtons(page)).toHaveCount(0);
  await set({ paused: false, disabledSites: [] });
  await expect(await offerButtons(page)).toHaveCount(3);
  await set({ paused: false, disabledSites: ['127.0.0.1'] });
  await expect(await offerButtons(page)).toHaveCount(0);
});
