import { test, expect } from './fixtures';
import { message } from './page-helpers';

/**
 * What the toolbar button says for the tab showing `url`, read in the service worker. Without
 * the "tabs" permission the worker sees no tab addresses: the tab is found among the pages
 * the content scripts announced.
 */
function button(serviceWorker: import('@playwright/test').Worker, url: string) {
  return serviceWorker.evaluate(async (u) => {
    const pages = ((await chrome.storage.session.get('toolbarPages')).toolbarPages ?? {}) as Record<string, string>;
    const open = new Set((await chrome.tabs.query({})).map((tab) => tab.id));
    const tabId = Number(Object.entries(pages).find(([id, at]) => at === u && open.has(Number(id)))?.[0]);
    if (Number.isNaN(tabId)) return null;
    return { badge: await chrome.action.getBadgeText({ tabId }), title: await chrome.action.getTitle({ tabId }) };
  }, url);
}

test.describe('the toolbar button', () => {
  test.afterEach(async ({ serviceWorker }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  test('shows whether detection is paused or off on the site', async ({ page, origin, serviceWorker }) => {
    const url = `${origin}/news-simplified.html`;
    await page.goto(url);
    const name = await message(serviceWorker, 'extName');
    await expect.poll(() => button(serviceWorker, url)).toEqual({ badge: '', title: name });

    await serviceWorker.evaluate((host) => chrome.storage.local.set({ settings: { paused: false, disabledSites: [host] } }), new URL(origin).hostname);
    await expect.poll(() => button(serviceWorker, url)).toEqual({ badge: await message(serviceWorker, 'badgeOffHere'), title: `${name} · ${await message(serviceWorker, 'toolbarOffHere')}` });

    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { paused: true, disabledSites: [] } }));
    await expect.poll(() => button(serviceWorker, url)).toEqual({ badge: await message(serviceWorker, 'badgePaused'), title: `${name} · ${await message(serviceWorker, 'toolbarPaused')}` });

    // A page loaded while paused shows it too.
    const other = await page.context().newPage();
    await other.goto(`${origin}/news-traditional.html`);
    await expect.poll(() => button(serviceWorker, `${origin}/news-traditional.html`)).toMatchObject({ badge: await message(serviceWorker, 'badgePaused') });
    await other.close();
  });
});
