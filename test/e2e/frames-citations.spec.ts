import { expect, type Page } from '@playwright/test';
import { ownBrowserTest } from './own-browser';
import { message } from './page-helpers';
import { CLAUSE_OPENING, TITLE } from './seed-facts';

/**
 * Citation links in a document a user adds: its clause mention opens the bundled clause it
 * names, its 文号 the document, in the library reader and in the popup's clause view, as soon
 * as it is saved. Adding a document changes the library, so this runs in a browser of its own
 * and leaves the shared one (whose tests count the six bundled documents) alone.
 */
const { test, own } = ownBrowserTest();

const TITLE_ADDED = '无锡市人民政府关于落实生物医药产业政策的通知';
const MENTION = '第十三条';
const TXT = [
  TITLE_ADDED,
  '锡政发〔2025〕3号',
  '各区人民政府：',
  '一、落实省级政策',
  '认真落实苏政发〔2018〕144号，推动生物医药产业高质量发展。',
  '二、落实市级措施',
  `按照《${TITLE['002-3']}》${MENTION}的要求，推进产业发展模式。`,
  '无锡市人民政府',
  '2025年1月2日',
].join('\n');

test('a document added by the user links its clause mention and its 文号 in the library reader', async ({ page }) => {
  await page.goto(`chrome-extension://${own.extensionId}/library.html`);
  await page.getByRole('button', { name: await message(page, 'importTitle'), exact: true }).setInputFiles({ name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from(TXT) });
  await page.getByRole('button', { name: await message(page, 'saveToLibrary') }).click();
  await page.getByRole('listitem').filter({ hasText: TITLE_ADDED }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE_ADDED);

  await page.locator('.pl-reader-text').getByRole('button', { name: MENTION }).click();
  const clause = '002-3:第三章/第十三条';
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#clause=${clause}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE['002-3']);
  await expect(page.locator('.pl-reader-current')).toContainText(CLAUSE_OPENING[clause]);

  await page.goBack();
  await page.locator('.pl-reader-text').getByRole('button', { name: '苏政发〔2018〕144号' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE['004']);
});

test("in the popup's clause view, the added document's clause mention opens that clause", async ({ page }) => {
  await page.goto(`chrome-extension://${own.extensionId}/popup.html`);
  await page.getByRole('tab', { name: await message(page, 'tabLibrary') }).click();
  await page.getByRole('button', { name: TITLE_ADDED, exact: true }).click();
  await page.locator('.pl-outline button').filter({ hasText: '落实市级措施' }).click();
  await page.locator('.pl-text').getByRole('button', { name: MENTION }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(TITLE['002-3']);
  await expect(page.locator('.pl-text')).toContainText(CLAUSE_OPENING['002-3:第三章/第十三条']);
});
