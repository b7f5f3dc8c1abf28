import '@/components/styles.css';
import { isActiveOn, parseSettings, SETTINGS_KEY } from '@/lib/settings';
import { TOOLBAR_PORT } from '@/lib/toolbar-state';
import { chooseLanguage } from '@/components/i18n';
import { startNotesLayer } from './notes/layer';
import { reporter } from './page-hooks';
import { ReferenceLayer } from './reference-layer';

const report = reporter('content');

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Nothing may escape into the page: every failure ends here, quietly.
    try {
      // Without the Highlight API nothing can be drawn; the popup tells the reader why.
      if (!('highlights' in CSS)) return;
      // Tells the toolbar button which site this tab shows (top frame only; the background checks).
      if (window === window.top) browser.runtime.connect({ name: TOOLBAR_PORT });
      const references = new ReferenceLayer(ctx);
      // Notes are the reader's own: they are shown even where detection is paused.
      startNotesLayer(ctx, { linkedIds: (range) => references.linkedIds(range) }).catch(report);
      const apply = async () => {
        const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
        chooseLanguage(settings.language);
        if (isActiveOn(settings, location.hostname)) await references.start();
        else references.stop();
      };
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && SETTINGS_KEY in changes) apply().catch(report);
      });
      await apply();
    } catch (error) {
      report(error);
    }
  },
});
