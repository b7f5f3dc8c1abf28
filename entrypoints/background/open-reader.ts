import { readerPathFor } from '@/lib/pdf/reader-link';

/**
 * Opens the extension's PDF reader on a web address, as a new tab right after the tab it came
 * from: the link's context menu and the in-page offer (embedded PDFs, PDF links) both end here.
 */
export async function openReader(url: string, tabId: number | undefined): Promise<void> {
  const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  await browser.tabs.create({
    url: browser.runtime.getURL(readerPathFor(url) as '/reader.html'),
    index: tab ? tab.index + 1 : undefined,
    openerTabId: tab?.id,
  });
}
