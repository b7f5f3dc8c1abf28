import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { hoverText, message, ui, waitForReferences } from './page-helpers';

/** Relative luminance (0 black … 1 white) of an element's computed background. */
function backgroundLuminance(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const [r, g, b] = getComputedStyle(el).backgroundColor.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}
const isDark = async (target: Locator) => (await backgroundLuminance(target)) < 0.1;

const opened: Page[] = [];
test.afterEach(async () => {
  for (const tab of opened.splice(0)) await tab.close();
});

/**
 * The popover of a 文号 on the news page, in a fresh tab (the test bridge to the closed shadow
 * root belongs to one page; extension pages and web pages do not share it across navigations).
 */
async function popover(page: Page, origin: string, scheme?: 'light' | 'dark'): Promise<Locator> {
  const news = await page.context().newPage();
  opened.push(news);
  if (scheme) await news.emulateMedia({ colorScheme: scheme });
  await news.goto(`${origin}/news-simplified.html`);
  await waitForReferences(news, 8);
  await hoverText(news, '苏政发[2018]144号');
  const dialog = ui(news).getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

const pages = ['popup.html', 'library.html', 'notes.html'];

test.describe('dark mode', () => {
  test.afterEach(async ({ serviceWorker }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  for (const scheme of ['dark', 'light'] as const)
    test(`the extension pages and the popover follow a ${scheme} colour scheme`, async ({ page, extensionId, origin }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of pages) {
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        await expect(page.locator('.pl-root').first()).toBeVisible();
        expect(await isDark(page.locator('body')), path).toBe(scheme === 'dark');
        expect(await isDark(page.locator('.pl-root').first()), path).toBe(scheme === 'dark');
      }
      expect(await isDark(await popover(page, origin, scheme))).toBe(scheme === 'dark');
    });

  test('the 外观 setting overrides the browser, on pages and in the popover', async ({ page, extensionId, origin, serviceWorker }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('combobox', { name: await message(page, 'settingTheme') }).selectOption({ label: await message(page, 'themeDark') });
    await expect.poll(() => isDark(page.locator('body'))).toBe(true);
    expect(await isDark(await popover(page, origin, 'light'))).toBe(true);

    await page.emulateMedia({ colorScheme: 'dark' });
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { paused: false, disabledSites: [], theme: 'light' } }));
    await page.goto(`chrome-extension://${extensionId}/library.html`);
    await expect.poll(() => isDark(page.locator('body'))).toBe(false);
    expect(await isDark(await popover(page, origin, 'dark'))).toBe(false);
  });
});

test.describe('the language setting', () => {
  test.afterEach(async ({ serviceWorker }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  test('overrides the browser language with 简体, 繁體 or English, popover included', async ({ page, extensionId, origin }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('tab', { name: await message(page, 'tabSearch') })).toBeVisible();
    for (const [label, lang, search, copy] of [
      ['简体中文', 'zh-CN', '搜索', '复制引用'],
      ['English', 'en', 'Search', 'Copy citation'],
      ['繁體中文', 'zh-TW', '搜尋', '複製引用'],
    ]) {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.locator('.pl-settings select').nth(1).selectOption({ label: label! });
      // The page reloads in the new language.
      await expect(page.getByRole('tab', { name: search })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang!);
      const dialog = await popover(page, origin);
      await expect(dialog.getByRole('button', { name: copy })).toBeVisible();
      // One news tab at a time: three tabs left open until teardown were slow to close on a loaded machine.
      await dialog.page().close();
    }
    // Leave the popup before the settings are reset: a language change reloads extension pages,
    // and a reload racing the tab's closing hung the teardown in the full suite.
    await page.goto('about:blank');
  });
});
