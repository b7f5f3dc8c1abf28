import { openLibraryDb } from '@/lib/store/db';
import { importCorpus } from '@/lib/store/import-corpus';
import { route } from './router';

export default defineBackground(() => {
  const db = openLibraryDb();

  // Runs at every service-worker start, which covers install and update: the import is a
  // no-op when the stored corpus version matches the bundled one.
  const ready = (async () => {
    const response = await fetch(browser.runtime.getURL('/corpus.json'));
    const outcome = await importCorpus(db, await response.json());
    console.info('[policy-lens] corpus', outcome);
  })().catch((error: unknown) => console.error('[policy-lens] corpus import failed; the previous library stays', error));

  const deps = {
    db,
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    openLibrary: async (target: string) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#${encodeURIComponent(target)}`) });
    },
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void ready.then(() => route(deps, message, sender)).then(sendResponse);
    return true;
  });
});
