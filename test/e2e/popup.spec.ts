// Keeping one's place in the toolbar popup, by keyboard (issue 16).
import { test, expect } from './fixtures';
import { message } from './page-helpers';

test.describe('the popup keeps the reader’s place', () => {
  test.beforeEach(async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
  });

  test('Enter on a result opens it with focus on Back; Back returns to the same query and results', async ({ page }) => {
    const box = page.getByRole('searchbox');
    await box.fill('临床试验');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    const count = await options.count();
    const second = (await options.nth(1).textContent())!;
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page.locator('.pl-clause')).toBeVisible();
    const back = page.getByRole('button', { name: await message(page, 'back') });
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(box).toBeVisible();
    await expect(box).toHaveValue('临床试验');
    await expect(box).toBeFocused();
    await expect(options).toHaveCount(count);
    await expect(options.nth(1)).toHaveText(second);
  });

  test('arrow keys move between the tabs', async ({ page }) => {
    const search = page.getByRole('tab', { name: await message(page, 'tabSearch') });
    const library = page.getByRole('tab', { name: await message(page, 'tabLibrary') });
    await search.focus();
    await page.keyboard.press('ArrowRight');
    await expect(library).toBeFocused();
    await expect(library).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toContainText(await message(page, 'levelNational'));
    await page.keyboard.press('ArrowLeft');
    await expect(search).toBeFocused();
    await expect(page.getByRole('searchbox')).toBeVisible();
  });

  test('Tab never stops on the result list, which the search box drives', async ({ page }) => {
    const box = page.getByRole('searchbox');
    await box.fill('药');
    await expect(page.getByRole('listbox').getByRole('option').nth(20)).toBeAttached();
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName ?? ''));
    }
    expect(stops).not.toContain('listbox');
    // Only one of the two tabs is a Tab stop.
    expect(stops.filter((s) => s === 'tab').length).toBeLessThanOrEqual(1);
  });
});
