import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { message } from './page-helpers';

/** Serious and critical axe-core findings, each as "rule: target…" for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

test.describe('axe-core finds no serious violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`on the popup's search and library views (${scheme})`, async ({ page, extensionId }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.getByRole('searchbox').fill('生物医药');
      await expect(page.locator('.pl-search-option').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: await message(page, 'tabLibrary') }).click();
      await expect(page.getByRole('listitem').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`on the library page's list and reader with a clause open (${scheme})`, async ({ page, extensionId }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/library.html`);
      await expect(page.locator('.pl-reader-documents > li').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`chrome-extension://${extensionId}/library.html#${encodeURIComponent('clause=004:三/(一)')}`);
      await expect(page.locator('.pl-text').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`on the notes manager (${scheme})`, async ({ page, extensionId }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/notes.html`);
      await expect(page.locator('.pl-root').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test('keyboard focus is visible on the popup controls', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('searchbox').focus();
  await page.keyboard.press('Shift+Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { tag: document.activeElement!.tagName, width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(outline.tag).toBe('BUTTON');
  expect(outline.style).not.toBe('none');
  expect(Number.parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
});
