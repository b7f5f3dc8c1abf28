import { parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { TOOLBAR_PORT, toolbarState, type ToolbarState } from '@/lib/toolbar-state';
import type { MessageKey } from '@/components/i18n';

const ICONS = (dir: string) => Object.fromEntries([16, 32, 48, 128].map((size) => [size, `/${dir}/${size}.png`]));
const LOOK: Record<ToolbarState, { icon: Record<string, string>; badge: MessageKey | null; state: MessageKey | null }> = {
  on: { icon: ICONS('icon'), badge: null, state: null },
  paused: { icon: ICONS('icon-off'), badge: 'badgePaused', state: 'toolbarPaused' },
  'off-here': { icon: ICONS('icon-off'), badge: 'badgeOffHere', state: 'toolbarOffHere' },
};
/** Tab id → address of the page last announced in it; in session storage, which outlives the worker. */
const PAGES_KEY = 'toolbarPages';

/**
 * Keeps the toolbar button telling whether detection runs: greyed with a badge while paused
 * (every tab) or off on a tab's site (that tab, known from the page's announcement on
 * TOOLBAR_PORT).
 */
export function watchToolbarState(): void {
  let settings: Settings | null = null;
  const read = async () => (settings ??= parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]));
  const pages = async (): Promise<Record<string, string>> => ((await browser.storage.session.get(PAGES_KEY))[PAGES_KEY] as Record<string, string>) ?? {};
  // Announcements and closed tabs arrive together: each change reads what the previous wrote.
  let writes: Promise<unknown> = Promise.resolve();
  const updatePages = (change: (previous: Record<string, string>) => Record<string, string>) => {
    const write = writes.then(async () => browser.storage.session.set({ [PAGES_KEY]: change(await pages()) }));
    writes = write.catch(() => undefined);
    return write;
  };

  const apply = async (tabId: number | undefined, state: ToolbarState) => {
    const look = LOOK[state];
    const name = browser.i18n.getMessage('extName');
    const tab = tabId === undefined ? {} : { tabId };
    await Promise.all([
      browser.action.setIcon({ ...tab, path: look.icon }),
      browser.action.setBadgeText({ ...tab, text: look.badge ? browser.i18n.getMessage(look.badge) : '' }),
      browser.action.setTitle({ ...tab, title: look.state ? `${name} · ${browser.i18n.getMessage(look.state)}` : name }),
    ]);
  };
  // Tabs that announced no page (the browser's own pages) follow the global look.
  const showAll = async () => {
    const current = await read();
    await apply(undefined, toolbarState(current, undefined));
    for (const [tabId, url] of Object.entries(await pages())) await apply(Number(tabId), toolbarState(current, url)).catch(() => undefined);
  };

  void browser.action.setBadgeBackgroundColor({ color: '#6e7781' });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settings = parseSettings(changes[SETTINGS_KEY]!.newValue);
    void showAll();
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== TOOLBAR_PORT) return;
    const { tab, frameId, url, id } = port.sender ?? {};
    port.disconnect();
    if (id !== browser.runtime.id || frameId !== 0 || tab?.id === undefined || !url) return;
    const tabId = tab.id;
    void (async () => {
      await updatePages((previous) => ({ ...previous, [tabId]: url }));
      await apply(tabId, toolbarState(await read(), url));
    })().catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void updatePages(({ [tabId]: _gone, ...rest }) => rest);
  });
  void showAll();
}
