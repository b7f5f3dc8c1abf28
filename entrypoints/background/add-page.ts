import { LIBRARY_CHANGED_KEY, MainTextCommandSchema, PageTextSchema, PENDING_IMPORT_KEY } from '@/lib/store/document-messages';
import type { z } from 'zod';

/**
 * "Add this page" (popup button and context menu): the tab's content script reads the page's
 * main text, which waits in session storage while the library page opens on its preview.
 * Nothing is stored in the library until the user saves the preview.
 */
export const ADD_PAGE_MENU = 'policy-lens-add-page';

export async function addPage(tabId: number): Promise<void> {
  const command: z.infer<typeof MainTextCommandSchema> = { type: 'extract-main-text' };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
  } catch {
    throw new Error('This page cannot be read: the extension does not run on it (reload the page and try again).');
  }
  const page = PageTextSchema.parse(answer);
  if (page.text.trim().length === 0) throw new Error('No text was found on this page.');
  await browser.storage.session.set({ [PENDING_IMPORT_KEY]: page });
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html#import=page') });
}

export function registerAddPageMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ADD_PAGE_MENU, title: browser.i18n.getMessage('libraryAddPage'), contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_PAGE_MENU && tab?.id !== undefined) addPage(tab.id).catch((error: unknown) => console.warn('[policy-lens] add this page failed', error));
  });
}

/** Open pages reload their matcher when this key changes. */
export async function libraryChanged(): Promise<void> {
  await browser.storage.local.set({ [LIBRARY_CHANGED_KEY]: Date.now() });
}
