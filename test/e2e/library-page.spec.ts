// The library tab keeps the reader's place: a heading, search, and a way back to the list (issue 16).
// The library page is a reader (issue 12): a result opens marked in its document's full text.
import { test, expect } from './fixtures';
import { message } from './page-helpers';

test('the library page has a heading and search; a result opens in place and Back returns to the list', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await message(page, 'tabLibrary'));
  const box = page.getByRole('searchbox');
  await box.fill('临床试验');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await box.press('Enter');
  // Focus goes to the clause it opened, marked in the text.
  await expect(page.locator('[aria-current="location"][data-clause-id]')).toBeFocused();
  const back = page.getByRole('button', { name: await message(page, 'back') });
  await back.click();
  await expect(page.getByRole('region', { name: await message(page, 'readerDocuments') })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
});

test('a document opened by link from a popover has a way back to the list', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/library.html#document=004`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('江苏省人民政府关于推动生物医药产业高质量发展的意见');
  await page.getByRole('button', { name: await message(page, 'back') }).click();
  await expect(page.getByRole('region', { name: await message(page, 'readerDocuments') })).toBeVisible();
});
