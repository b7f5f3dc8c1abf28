// The library tab keeps the reader's place: a heading, search, and a way back to the list (issue 16).
import { test, expect } from './fixtures';
import { message } from './page-helpers';

test('the library page has a heading and search; a result opens in place and Back returns to the list', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(await message(page, 'tabLibrary'));
  const box = page.getByRole('searchbox');
  await box.fill('临床试验');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await box.press('Enter');
  await expect(page.locator('.pl-clause')).toBeVisible();
  const back = page.getByRole('button', { name: await message(page, 'back') });
  await expect(back).toBeFocused();
  await back.click();
  await expect(page.getByRole('region', { name: await message(page, 'levelNational') })).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeVisible();
});

test('a document opened by link from a popover has a way back to the list', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/library.html#document=004`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('江苏省人民政府关于推动生物医药产业高质量发展的意见');
  await page.getByRole('button', { name: await message(page, 'back') }).click();
  await expect(page.getByRole('region', { name: await message(page, 'levelProvincial') })).toBeVisible();
});
