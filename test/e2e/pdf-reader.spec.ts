import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { hoverText, message, selectText } from './page-helpers';
import { encryptedPdf } from './reader/encrypted-pdf';

/**
 * The PDF reader with the built extension: PDFs are printed by Chromium (page.pdf) from HTML
 * fixtures, opened from a file input and from a served URL.
 */
const SENTENCE = '各地要把生物医药产业作为重点产业加以培育。';
const dir = mkdtempSync(join(tmpdir(), 'policy-lens-pdf-'));
const files = { policy: join(dir, 'policy.pdf'), scanned: join(dir, 'scanned.pdf'), corrupt: join(dir, 'corrupt.pdf'), encrypted: join(dir, 'encrypted.pdf'), long: join(dir, 'long.pdf') };

let server: Server;
let pdfOrigin = '';

test.beforeAll(async ({ context }) => {
  const page = await context.newPage();
  await page.setContent(readFileSync('test/e2e/reader/policy.html', 'utf8'));
  // A5 with a running header and page numbers: the clause list runs onto page 2.
  writeFileSync(
    files.policy,
    await page.pdf({
      width: '148mm',
      height: '210mm',
      margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">关于加快推进本市生物医药产业发展的实施意见</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
    }),
  );
  // A "scan": the same kind of page as a picture, with no text in it.
  await page.setContent('<canvas width="500" height="300"></canvas>');
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const g = canvas.getContext('2d')!;
    g.font = '24px sans-serif';
    g.fillText('苏政发〔2018〕144号', 20, 60);
    document.body.innerHTML = `<img src="${canvas.toDataURL()}">`;
  });
  writeFileSync(files.scanned, await page.pdf({ format: 'A5' }));
  writeFileSync(files.corrupt, Buffer.concat([readFileSync(files.policy).subarray(0, 400), Buffer.from('not the rest of a PDF')]));
  writeFileSync(files.encrypted, encryptedPdf('secret', 'Sealed text'));
  // 60 pages, one numbered section each.
  const sections = Array.from({ length: 60 }, (_, i) => `<section style="break-after: page"><h2>第${i + 1}节</h2><p>${SENTENCE.repeat(20)}</p></section>`);
  await page.setContent(`<!doctype html><html lang="zh-CN"><body>${sections.join('')}</body></html>`);
  writeFileSync(files.long, await page.pdf({ format: 'A5' }));
  await page.close();
  // Served as government sites serve them: no CORS header, so only the extension's own
  // access to the site (its content script's http(s) match) lets the reader fetch it.
  server = createServer((req, res) => {
    if (req.url !== '/policy.pdf') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(readFileSync(files.policy));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  pdfOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => server?.close());

test.beforeEach(async ({ serviceWorker }) => clearNotes(serviceWorker));

/** The reader's file input, found by its label (打开 PDF in Chinese). */
async function openLocal(page: Page, extensionId: string, file: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/reader.html`);
  await page.getByLabel(await message(page, 'readerOpenFile')).setInputFiles(file);
}

/** The reader has read the whole text and drawn the references on the pages shown. */
async function waitForReferences(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('policy-lens-ref')?.size ?? 0)).toBeGreaterThan(0);
}

async function noteTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('policy-lens-note') ?? [])].map((r) => (r as Range).toString()));
}

test('a local PDF: the 文号 split across a line is one reference and opens the popover', async ({ page, extensionId }) => {
  await openLocal(page, extensionId, files.policy);
  await expect(page.locator('.pl-pdf-page')).toHaveCount(3);
  await waitForReferences(page);
  const references = await page.evaluate(() => [...(CSS.highlights.get('policy-lens-ref') ?? [])].map((r) => (r as Range).toString()));
  expect(references.map((r) => r.replace(/\s/g, ''))).toContain('苏政发〔2018〕144号');
  // The running header and page numbers are not part of the text: find does not see them.
  await page.getByRole('searchbox').fill('- 2 -');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('toolbar').getByText(await message(page, 'readerFindNone'))).toBeVisible();
  // Clause (四) runs from page 1 onto page 2 (产业 | 链), past the footer and the next header,
  // and is read as one text.
  const layer = (n: number) => page.locator(`.pl-pdf-page[data-page="${n}"] .textLayer`);
  await expect(layer(1)).toContainText('推动产业');
  await expect(layer(1)).not.toContainText('产业链');
  await expect(layer(2)).toContainText('链上下游');
  await page.getByRole('searchbox').fill('推动产业链上下游协同发展');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('toolbar').getByText(`1 / ${await message(page, 'readerFindCount', '1')}`)).toBeVisible();

  await hoverText(page, '苏政发');
  const popover = page.locator('.pl-popover');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('江苏省人民政府关于推动生物医药产业高质量发展的意见');
});

test('a highlight comes back after a reload, and on the same PDF opened from a URL', async ({ page, extensionId, serviceWorker }) => {
  await openLocal(page, extensionId, files.policy);
  await waitForReferences(page);
  await selectText(page, SENTENCE);
  await page.getByRole('button', { name: await message(page, 'noteHighlight'), exact: true }).click();
  await expect.poll(() => noteTexts(page)).toEqual([SENTENCE]);
  const [note] = await storedNotes(serviceWorker);
  expect(note?.url).toMatch(/^urn:x-pdf:[0-9a-f]+$/);
  expect(note?.quote.exact).toBe(SENTENCE);

  await page.reload();
  await page.getByLabel(await message(page, 'readerOpenFile')).setInputFiles(files.policy);
  await expect.poll(() => noteTexts(page)).toEqual([SENTENCE]);

  await page.goto(`chrome-extension://${extensionId}/reader.html?url=${encodeURIComponent(`${pdfOrigin}/policy.pdf`)}`);
  await expect.poll(() => noteTexts(page)).toEqual([SENTENCE]);
  await hoverText(page, '重点产业');
  await expect(page.locator('.pl-note-card')).toBeVisible();
});

test('加入文库 hands the joined text to the library preview, without the running header or page numbers', async ({ page, context, extensionId }) => {
  await openLocal(page, extensionId, files.policy);
  await waitForReferences(page);
  const [library] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: await message(page, 'readerAddToLibrary') }).click()]);
  const preview = library.getByRole('region', { name: await message(library, 'previewTitle') });
  await expect(preview.getByLabel(await message(library, 'fieldTitle'))).toHaveValue('关于加快推进本市生物医药产业发展的实施意见');
  // The ten clauses, (十) read whole from page 2 and no page number among them.
  await expect(preview.getByRole('list').first()).toContainText('（十）');
  await expect(preview).not.toContainText('- 1 -');
  await library.close();
});

test('a long PDF draws only the pages near the view: page 60 is reached with a handful of pages drawn', async ({ page, extensionId }) => {
  await openLocal(page, extensionId, files.long);
  await expect(page.locator('.pl-pdf-page')).toHaveCount(60);
  const pageBox = page.getByRole('textbox', { name: await message(page, 'readerPage') });
  for (const n of ['20', '40', '60']) {
    await pageBox.fill(n);
    await pageBox.press('Enter');
    await expect(page.locator(`.pl-pdf-page[data-page="${n}"] .textLayer`)).toContainText(`第${n}节`);
  }
  await expect(page.locator('.pl-pdf-page[data-page="1"] canvas')).toHaveCount(0);
  expect(await page.locator('.pl-pdf-page canvas').count()).toBeLessThanOrEqual(8);
});

test('a scanned PDF says it has no text layer, never that it has no references', async ({ page, extensionId }) => {
  await openLocal(page, extensionId, files.scanned);
  await expect(page.getByRole('alert')).toHaveText(await message(page, 'readerScanned'));
  await expect(page.getByText(await message(page, 'readerNoReferences'))).toHaveCount(0);
});

test('a damaged file says it cannot be opened', async ({ page, extensionId }) => {
  await openLocal(page, extensionId, files.corrupt);
  await expect(page.getByRole('alert')).toHaveText(await message(page, 'readerCorrupt'));
});

test('an encrypted PDF asks for its password; a wrong one is said so; without one it cannot be opened', async ({ page, extensionId }) => {
  await openLocal(page, extensionId, files.encrypted);
  const password = page.getByLabel(await message(page, 'readerPassword'));
  await expect(page.getByText(await message(page, 'readerPasswordPrompt'))).toBeVisible();
  await password.fill('wrong');
  await page.getByRole('button', { name: await message(page, 'readerPasswordOpen'), exact: true }).click();
  await expect(page.getByText(await message(page, 'readerPasswordWrong'))).toBeVisible();
  await password.fill('secret');
  await page.getByRole('button', { name: await message(page, 'readerPasswordOpen'), exact: true }).click();
  await expect(page.locator('.pl-pdf-page .textLayer')).toContainText('Sealed text');

  await openLocal(page, extensionId, files.encrypted);
  await page.getByRole('button', { name: await message(page, 'readerPasswordCancel') }).click();
  await expect(page.getByRole('alert')).toHaveText(await message(page, 'readerEncrypted'));
});

async function storedNotes(serviceWorker: Worker): Promise<{ url: string; quote: { exact: string } }[]> {
  return serviceWorker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function clearNotes(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
