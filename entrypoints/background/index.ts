import '@/lib/zod-config';
import type { PageReferenceCommand } from '@/lib/page-references';
import { openLibraryDb } from '@/lib/store/db';
import { syncCorpus } from '@/lib/store/sync-corpus';
import { ANCHORING_KEY, readAnchoringRecords, type AnchoringRecords } from '@/lib/store/notes';
import type { ContentCommand } from '@/lib/messages';
import { isPdfAddress, originPattern, PDF_LINK_PATTERNS } from '@/lib/pdf/reader-link';
import { route } from './router';
import { watchToolbarState } from './toolbar';
import { addPage, libraryChanged, registerAddPageMenu } from './add-page';
import { openReader } from './open-reader';

const ADD_NOTE_MENU = 'policy-lens-add-note';
const ADD_NOTE_COMMAND = 'add-note';
const OPEN_PDF_MENU = 'policy-lens-open-pdf';

export default defineBackground(() => {
  const db = openLibraryDb();
  watchToolbarState();

  // Runs at every service-worker start, which covers install and update.
  const ready = syncCorpus(db, async (path) => (await fetch(browser.runtime.getURL(path))).json())
    .then((outcome) => console.info('[policy-lens] corpus', outcome))
    .catch((error: unknown) => console.error('[policy-lens] corpus import failed; the previous library stays', error));

  // Reports from several tabs may arrive together; each change reads what the previous wrote,
  // and one failed write does not block the ones after it.
  let anchoringWrites: Promise<unknown> = Promise.resolve();
  const updateAnchoring = (change: (previous: AnchoringRecords) => AnchoringRecords) => {
    const write = anchoringWrites.then(async () => {
      const previous = readAnchoringRecords((await browser.storage.local.get(ANCHORING_KEY))[ANCHORING_KEY]);
      await browser.storage.local.set({ [ANCHORING_KEY]: change(previous) });
    });
    anchoringWrites = write.catch(() => undefined);
    return write;
  };

  const deps = {
    db,
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    openLibrary: async (target: string) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#${encodeURIComponent(target)}`) });
    },
    openNotes: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/notes.html') });
    },
    updateAnchoring,
    libraryChanged,
    addPage,
    openReader,
    toFrame: (tabId: number, frameId: number, command: ContentCommand) =>
      browser.tabs.sendMessage(tabId, command, { frameId }).then((taken) => taken === true, () => false),
  };
  registerAddPageMenu();

  // The content script owns the selection and the editor; the menu and the shortcut only ask it to open.
  const openNoteEditor = (tabId: number | undefined, frameId = 0) => {
    if (tabId === undefined) return;
    const command: ContentCommand = { type: 'open-note-editor' };
    browser.tabs.sendMessage(tabId, command, { frameId }).catch((error: unknown) => console.debug('[policy-lens] no notes layer in tab', error));
  };
  browser.runtime.onInstalled.addListener(() => {
    // On an update the entry may survive from the previous version: the duplicate-id error is expected.
    browser.contextMenus.create({ id: ADD_NOTE_MENU, title: browser.i18n.getMessage('noteAddWithComment'), contexts: ['selection'] }, () => void browser.runtime.lastError);
    browser.contextMenus.create(
      { id: OPEN_PDF_MENU, title: browser.i18n.getMessage('readerOpenLink'), contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS },
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_NOTE_MENU) openNoteEditor(tab?.id, info.frameId);
    // The click is the gesture under which the link's site may be granted to the reader.
    const link = info.linkUrl;
    if (info.menuItemId === OPEN_PDF_MENU && link && isPdfAddress(link)) {
      void browser.permissions
        .request({ origins: [originPattern(link)] })
        .catch(() => false)
        .then(() => openReader(link, tab?.id));
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ADD_NOTE_COMMAND) openNoteEditor(tab?.id);
    // Steps through the page's references from the keyboard (the content script knows them).
    if (command === 'next-reference' && tab?.id !== undefined) {
      const next: PageReferenceCommand = { type: 'next-reference' };
      browser.tabs.sendMessage(tab.id, next).catch((error: unknown) => console.debug('[policy-lens] no references in tab', error));
    }
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void ready.then(() => route(deps, message, sender)).then(sendResponse);
    return true;
  });
});
