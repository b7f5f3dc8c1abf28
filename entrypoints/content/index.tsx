import '@/lib/zod-config';
import '@/components/styles.css';
import type { ContentScriptContext } from '#imports';
import { isActiveOn, readSettings, SETTINGS_KEY } from '@/lib/settings-read';
import { TOOLBAR_PORT } from '@/lib/toolbar-state';
import { setUiLanguage } from './ui-kit';
import { startNotesLayer } from './notes/layer';
import { reporter } from './page-hooks';
import { PageSurface } from './page-surface';
import { frameLargeEnough, isSubframe, siteHosts } from './frame-gate';
import { forgetMatcher, onAbort, ReferenceLayer } from './reference-layer';
import { listenForMainText } from './main-text';
import { startPdfOffers } from './pdf-offer';
import { startTopPopovers } from './frame-popover';
import { LIBRARY_CHANGED_KEY } from '@/lib/store/storage-keys';

const report = reporter('content');

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame, same- or cross-origin, and the about:blank / srcdoc frames a page writes
  // itself (those take their creator's origin); small frames wait (frame-gate.ts).
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT's window.postMessage announcing the script carries the extension id to every page
  // script, which could then switch the content script off on its page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Nothing may escape into the page: every failure ends here, quietly.
    try {
      // Without the Highlight API nothing can be drawn; the popup tells the reader why.
      if (!('highlights' in CSS)) return;
      // Tells the toolbar button which site this tab shows (top frame only; the background checks).
      if (window === window.top) browser.runtime.connect({ name: TOOLBAR_PORT });
      const gate = new AbortController();
      ctx.onInvalidated(() => gate.abort());
      await frameLargeEnough(gate.signal);
      if (!ctx.isValid) return;
      let session: AbortController | null = null;
      const apply = async () => {
        const settings = readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
        setUiLanguage(settings.language);
        const active = siteHosts().every((host) => isActiveOn(settings, host)) && ctx.isValid;
        if (active && !session) {
          session = new AbortController();
          await activate(ctx, session.signal);
        } else if (!active && session) {
          session.abort();
          session = null;
        }
      };
      const onSettings = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && SETTINGS_KEY in changes) apply().catch(report);
        // Documents added or removed: detect again with the new library.
        if (area === 'local' && LIBRARY_CHANGED_KEY in changes) {
          forgetMatcher();
          session?.abort();
          session = null;
          apply().catch(report);
        }
      };
      browser.storage.onChanged.addListener(onSettings);
      // "Add this page" reads the top document only.
      const stopMainText = isSubframe() ? () => {} : listenForMainText();
      ctx.onInvalidated(() => {
        stopMainText();
        browser.storage.onChanged.removeListener(onSettings);
        session?.abort();
      });
      await apply();
    } catch (error) {
      report(error);
    }
  },
});

/**
 * Everything the extension does on the page, until `signal` aborts: paused everywhere or on
 * this site, nothing is left running (no listener, observer, highlight or UI), and a pause that
 * comes while this is still starting undoes what was started.
 */
async function activate(ctx: ContentScriptContext, signal: AbortSignal): Promise<void> {
  const surface = await PageSurface.create(ctx);
  if (signal.aborted) return surface.remove();
  const references = new ReferenceLayer(surface, signal);
  startTopPopovers(surface, signal, () => references.findReferences);
  // Notes are kept by the frame's own address; an about:blank or srcdoc frame has none of its own.
  const notes = location.protocol === 'about:' ? Promise.resolve() : startNotesLayer(surface, signal, { linkedIds: (range) => references.linkedIds(range) });
  // After the layers' own stops (registered as they were made), which render into the surface.
  onAbort(signal, () => surface.remove());
  // PDF offers after the references: a reference inside a PDF link opens its popover first.
  await Promise.all([references.start().catch(report).then(() => startPdfOffers(surface, signal)).catch(report), notes.catch(report)]);
}
