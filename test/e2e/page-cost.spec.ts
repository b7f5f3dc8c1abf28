// What a page pays for the extension when it has nothing to say, and what a page can learn
// about it: the in-page UI is loaded only when needed, from a URL pages cannot guess.
import { test, expect } from './fixtures';
import { hoverText, message, selectText, ui, waitForReferences } from './page-helpers';

const plain = '<!doctype html><meta charset="utf-8"><title>plain</title><body>' + '<p>今天早上天气晴朗，公园里有很多人在散步。</p>'.repeat(200);

test('on a page without references or notes, the first selection still brings the notes toolbar', async ({ page, origin, serviceWorker }) => {
  await page.route(`${origin}/plain-for-cost.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: plain }));
  await page.goto(`${origin}/plain-for-cost.html`);
  await page.waitForTimeout(1000);
  await selectText(page, '公园里有很多人');
  await expect(ui(page).getByRole('toolbar', { name: await message(serviceWorker, 'noteToolbar') })).toBeVisible();
});

test('the first hover on a fresh page opens its popover with content', async ({ page, origin }) => {
  await page.goto(`${origin}/news-simplified.html`);
  await waitForReferences(page, 8);
  await hoverText(page, '苏政发[2018]144号');
  await expect(ui(page).getByRole('dialog')).toContainText('江苏省人民政府关于推动生物医药产业高质量发展的意见');
});

test('a page cannot load the extension UI or styles by their static URLs to fingerprint the extension', async ({ page, origin, extensionId }) => {
  await page.goto(`${origin}/news-simplified.html`);
  await waitForReferences(page, 8);
  // Loaded by the content script already; a page still cannot reach it.
  await hoverText(page, '苏政发[2018]144号');
  await expect(ui(page).getByRole('dialog')).toBeVisible();
  for (const file of ['content-ui.js', 'content-main-text.js', 'content-scripts/content.css']) {
    const loaded = await page.evaluate(async (url) => fetch(url).then(() => true, () => false), `chrome-extension://${extensionId}/${file}`);
    expect(loaded, file).toBe(false);
    const imported = await page.evaluate(async (url) => import(url).then(() => true, () => false), `chrome-extension://${extensionId}/${file}`);
    expect(imported, file).toBe(false);
  }
});
