/**
 * Store screenshots (1280×800, zh-CN UI, Noto CJK fonts) taken from the end-to-end pages with
 * the built Chrome extension: the popover on a news page, the popup's search, the library
 * reader and the notes manager. `npm run build && npm run screenshots`; written to
 * .output/screenshots/ (store assets, not shipped in the package). A Playwright "test" so it
 * shares the E2E fixtures (extension launch, 127.0.0.1 pages, the bridge to the closed UI root).
 */
import { join, resolve } from 'node:path';
import { test } from '../test/e2e/fixtures';
import { hoverText, message, selectText, ui, waitForReferences } from '../test/e2e/page-helpers';

const SIZE = { width: 1280, height: 800 };
const out = resolve('.output/screenshots');

test('store screenshots', async ({ context, page, serviceWorker, extensionId, origin }) => {
  const extension = (path: string) => `chrome-extension://${extensionId}/${path}`;
  await page.setViewportSize(SIZE);

  // 1. The popover on a news page.
  await page.goto(`${origin}/news-simplified.html`);
  await waitForReferences(page, 8);
  await hoverText(page, '第十三条');
  await ui(page).getByRole('dialog').waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, '1-popover.png') });

  // 2. The popup's search, shown at its own size on a plain backdrop.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(extension('popup.html'));
  await popup.getByRole('searchbox').fill('临床试验');
  await popup.locator('.pl-search-option').first().waitFor();
  const shot = (await popup.screenshot()).toString('base64');
  await popup.close();
  await page.setContent(
    `<body style="margin:0;height:100vh;display:grid;place-items:center;background:linear-gradient(135deg,#b3261e,#5b1410)">` +
      `<img src="data:image/png;base64,${shot}" style="border-radius:10px;box-shadow:0 16px 48px rgba(0,0,0,.45)"></body>`,
  );
  await page.screenshot({ path: join(out, '2-popup-search.png') });

  // 3. The library reader on a deep-linked clause.
  await page.goto(extension(`library.html#clause=${encodeURIComponent('004:三/(二)')}`));
  await page.locator('[aria-current="location"][data-clause-id]').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, '3-library-reader.png') });

  // 4. The notes manager with two notes taken on the article page.
  await page.goto(`${origin}/notes-article.html`);
  await waitForReferences(page, 1);
  for (const [quote, comment, tags] of [
    ['江苏省人民政府印发《江苏省人民政府关于推动生物医药产业高质量发展的意见》', '省级总纲，对照苏州措施', '总纲、江苏'],
    ['支持医疗机构开展临床试验', '临床试验机构备案', '临床试验'],
  ]) {
    await selectText(page, quote!);
    await ui(page).getByRole('button', { name: await message(serviceWorker, 'noteAddWithComment') }).click();
    const editor = ui(page).getByRole('dialog', { name: await message(serviceWorker, 'noteEditorTitle') });
    await editor.getByLabel(await message(serviceWorker, 'noteComment')).fill(comment!);
    await editor.getByLabel(await message(serviceWorker, 'noteTags')).fill(tags!);
    await editor.getByRole('button', { name: await message(serviceWorker, 'noteSave') }).click();
    await editor.waitFor({ state: 'hidden' });
  }
  await page.goto(extension('notes.html'));
  await page.locator('.pl-notes-list > li').nth(1).waitFor();
  await page.screenshot({ path: join(out, '4-notes-manager.png') });
});
