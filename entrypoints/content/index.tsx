import '@/components/styles.css';
import { isActiveOn, readSettings, SETTINGS_KEY } from '@/lib/settings-read';
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
      const references = new ReferenceLayer(ctx);
      // Notes are the reader's own: they are shown even where detection is paused.
      startNotesLayer(ctx, { linkedIds: (range) => references.linkedIds(range) }).catch(report);
      const apply = async () => {
        const settings = readSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
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
