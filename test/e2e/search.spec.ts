import { test, expect } from './fixtures';
import { message } from './page-helpers';
import { TITLE } from './seed-facts';

test.describe('searching from the toolbar popup', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
  });

  test('the search box has focus when the popup opens', async ({ page }) => {
    await expect(page.getByRole('searchbox')).toBeFocused();
  });

  test('a 繁體 query finds the 简体 clause, with the matched characters marked', async ({ page }) => {
    await page.getByRole('searchbox').fill('醫保目錄');
    const first = page.getByRole('listbox').getByRole('option').first();
    // 医保目录 occurs in 002 #1 (generics entering it), 002 #3 第十六条 and 003, nowhere else.
    await expect(first).toContainText(new RegExp([TITLE['002-1'], TITLE['002-3'], TITLE['003']].join('|')));
    await expect(first).toContainText('医保目录');
    expect((await first.locator('mark').allInnerTexts()).join('')).toContain('医保目录');
  });

  test('a query with a typo still finds clinical-trial clauses', async ({ page }) => {
    await page.getByRole('searchbox').fill('临床试脸');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('临床试验');
  });

  test('a 文号 jumps to its document', async ({ page }) => {
    await page.getByRole('searchbox').fill('苏政发[2018]144号');
    await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('江苏省人民政府关于推动生物医药产业高质量发展的意见');
  });

  test('a clause path finds that clause, and ↓/Enter open it in full', async ({ page }) => {
    const box = page.getByRole('searchbox');
    await box.fill('江苏 措施 第7条');
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect(first).toContainText('关于促进全省生物医药产业高质量发展的若干政策措施');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(TITLE['002-2']);
    // 002 #2, item 7 under 二: 「7.加强药物临床研究和成果转化。统筹全省临床研究资源,…」
    await expect(page.locator('.pl-clause')).toHaveAttribute('data-clause-id', '002-2:二/7');
    await expect(page.locator('.pl-path')).toContainText('加强药物临床研究和成果转化');
    await expect(page.locator('.pl-text')).toContainText('统筹全省临床研究资源');
  });

  test('empty, symbol-only and very long queries answer with the hint or “no results”, and the box stays usable', async ({ page }) => {
    const box = page.getByRole('searchbox');
    const status = page.getByRole('status');
    const options = page.getByRole('listbox').getByRole('option');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await box.fill('   ');
    await expect(status).toHaveText(await message(page, 'searchHint'));
    await expect(options).toHaveCount(0);
    for (const query of ['!!!@@@###', '〔〕《》']) {
      await box.fill(query);
      await expect(status).toHaveText(await message(page, 'searchNoResults'));
      await expect(options).toHaveCount(0);
    }
    // No clause has 药 ten thousand times in a row: the answer comes, and it is “no results”.
    await box.fill('药'.repeat(10_000));
    await expect(status).toHaveText(await message(page, 'searchNoResults'));
    await expect(options).toHaveCount(0);
    await box.fill('医保');
    await expect(options.first()).toContainText('医保');
    expect(errors).toEqual([]);
  });
});

test('the popup opens the notes manager in a tab', async ({ page, context, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: await page.evaluate(() => chrome.i18n.getMessage('notesTitle')) }).click();
  const manager = await opened;
  await expect(manager).toHaveURL(`chrome-extension://${extensionId}/notes.html`);
  await manager.close();
});

test('filters narrow the results to expired documents, or to one level', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const msg = (key: string) => page.evaluate((k) => chrome.i18n.getMessage(k), key);
  await page.getByRole('searchbox').fill('临床试验');
  const results = page.getByRole('listbox').getByRole('option');
  await expect(results.first()).toBeVisible();
  await page.getByLabel(await msg('searchFilterValidity')).selectOption('expired');
  // Only 002 #2 states an end date that has passed (2024-12-31).
  await expect(results.first()).toContainText(TITLE['002-2']);
  for (const text of await results.allInnerTexts()) expect(text).toContain(TITLE['002-2']);
  await page.getByLabel(await msg('searchFilterValidity')).selectOption('any');
  for (const level of ['levelProvincial', 'levelMunicipal']) await page.getByRole('checkbox', { name: await msg(level) }).uncheck();
  // The only national document is 000, whose (三) is about clinical research.
  await expect(results.first()).toContainText(await msg('levelNational'));
  for (const text of await results.allInnerTexts()) expect(text).toContain(await msg('levelNational'));
});
