import { test, expect } from './fixtures';

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
    await expect(first).toContainText('医保目录');
    await expect(first.locator('mark').first()).toBeVisible();
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
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('关于促进全省生物医药产业高质量发展的若干政策措施');
    await expect(page.locator('.pl-path')).toContainText('7');
  });

  test('empty, symbol-only and very long queries neither fail nor freeze', async ({ page }) => {
    const box = page.getByRole('searchbox');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const query of ['   ', '!!!@@@###', '〔〕《》', '药'.repeat(10_000)]) {
      await box.fill(query);
      await expect(box).toHaveValue(query);
    }
    await box.fill('医保');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
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
  await expect(results.first()).toBeVisible();
  for (const text of await results.allInnerTexts()) expect(text).toContain('关于促进全省生物医药产业高质量发展的若干政策措施');
  await page.getByLabel(await msg('searchFilterValidity')).selectOption('any');
  for (const level of ['levelProvincial', 'levelMunicipal']) await page.getByRole('checkbox', { name: await msg(level) }).uncheck();
  await expect(results.first()).toBeVisible();
  for (const text of await results.allInnerTexts()) expect(text).toContain(await msg('levelNational'));
});
