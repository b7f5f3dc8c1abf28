import { useEffect, useState } from 'react';
import type { LibraryDb } from '@/lib/store/db';
import { t } from './i18n';
import { LibraryApp, type Route } from './LibraryApp';
import { SettingsBar } from './SettingsBar';

const START: Route = { view: 'library' };

/** The web page the popup was opened over, when there is one (activeTab grants its URL). */
function useActiveHostname(): string | null {
  const [hostname, setHostname] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      const url = tab?.url ? new URL(tab.url) : null;
      setHostname(url && /^https?:$/.test(url.protocol) ? url.hostname : null);
    });
  }, []);
  return hostname;
}

export function PopupApp({ db }: { db: LibraryDb }) {
  const [tab, setTab] = useState<'library'>('library');
  const hostname = useActiveHostname();
  return (
    <div className="pl-root pl-popup">
      <div role="tablist" className="pl-tabs">
        <button type="button" role="tab" aria-selected={tab === 'library'} onClick={() => setTab('library')}>
          {t('tabLibrary')}
        </button>
      </div>
      <LibraryApp db={db} initial={START} />
      <SettingsBar hostname={hostname} />
    </div>
  );
}
