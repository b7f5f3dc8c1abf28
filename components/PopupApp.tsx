import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { allClauses } from '@/lib/store/clauses';
import type { LibraryDb } from '@/lib/store/db';
import { t } from './i18n';
import { LibraryApp, type Route } from './LibraryApp';
import { SearchView } from './search/SearchView';
import { SettingsBar } from './SettingsBar';
import { BrowserSupport } from './BrowserSupport';

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

type Tab = 'search' | 'library';

/** Search first (the box has focus when the popup opens); results open in the library view. */
export function PopupApp({ db }: { db: LibraryDb }) {
  const [tab, setTab] = useState<Tab>('search');
  const [route, setRoute] = useState<Route>({ view: 'library' });
  const hostname = useActiveHostname();
  const documents = useLiveQuery(() => db.documents.toArray(), [db]);
  const clauses = useLiveQuery(() => allClauses(db), [db]);
  const tabs: [Tab, 'tabSearch' | 'tabLibrary'][] = [
    ['search', 'tabSearch'],
    ['library', 'tabLibrary'],
  ];
  return (
    <div className="pl-root pl-popup">
      <BrowserSupport />
      <div className="pl-tabs">
        <div role="tablist" className="pl-tablist">
          {tabs.map(([id, key]) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              onClick={() => {
                setTab(id);
                if (id === 'library') setRoute({ view: 'library' });
              }}
            >
              {t(key)}
            </button>
          ))}
        </div>
        <button type="button" className="pl-notes-link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })}>
          {t('notesTitle')}
        </button>
      </div>
      {tab === 'search' ? (
        documents && clauses ? (
          <SearchView
            documents={documents}
            clauses={clauses}
            t={t}
            onOpen={(id) => {
              setRoute({ view: 'clause', id });
              setTab('library');
            }}
          />
        ) : (
          <p className="pl-muted">{t('loading')}</p>
        )
      ) : (
        <LibraryApp key={JSON.stringify(route)} db={db} initial={route} />
      )}
      <SettingsBar hostname={hostname} />
    </div>
  );
}
