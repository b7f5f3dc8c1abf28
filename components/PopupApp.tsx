import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { allClauses } from '@/lib/store/clauses';
import type { LibraryDb } from '@/lib/store/db';
import { t } from './i18n';
import { LibraryApp, type Route } from './LibraryApp';
import { SearchView } from './search/SearchView';
import { SettingsBar } from './SettingsBar';
import { BrowserSupport } from './BrowserSupport';
import { PageReferencesList } from './PageReferencesList';
import { PageReferenceListSchema, type PageReference, type PageReferenceCommand } from '@/lib/page-references';
import { OpenInReader } from './reader/OpenInReader';
import { AddPage } from './AddPage';

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

type Tab = 'search' | 'library' | 'page';
const TABS: [Tab, 'tabSearch' | 'tabLibrary' | 'pageReferences'][] = [
  ['search', 'tabSearch'],
  ['library', 'tabLibrary'],
  ['page', 'pageReferences'],
];

/** The active tab's references, from its content script; 'unavailable' where there is none. */
function usePageReferences(): { references: PageReference[] | null | 'unavailable'; open: (index: number) => void } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [references, setReferences] = useState<PageReference[] | null | 'unavailable'>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      // No URL check: without a click on the toolbar button the popup may not see it. A tab
      // without the content script (extension pages, paused sites) does not answer.
      if (tab?.id === undefined) return setReferences('unavailable');
      setTabId(tab.id);
      const command: PageReferenceCommand = { type: 'list-references' };
      const answer = PageReferenceListSchema.safeParse(await browser.tabs.sendMessage(tab.id, command).catch(() => null));
      setReferences(answer.success ? answer.data : 'unavailable');
    })();
  }, []);
  const open = useCallback(
    (index: number) => {
      const command: PageReferenceCommand = { type: 'show-reference', index };
      if (tabId !== null) void browser.tabs.sendMessage(tabId, command).catch(() => setReferences('unavailable'));
    },
    [tabId],
  );
  return { references, open };
}

/**
 * Search first (the box has focus when the popup opens); results open in the library view,
 * whose Back returns to the same query and results. Tabs follow the ARIA tabs pattern: one Tab
 * stop, arrow keys move between them.
 */
export function PopupApp({ db }: { db: LibraryDb }) {
  const [tab, setTab] = useState<Tab>('search');
  const [route, setRoute] = useState<Route>({ view: 'library' });
  const [fromSearch, setFromSearch] = useState(false);
  const hostname = useActiveHostname();
  const page = usePageReferences();
  const documents = useLiveQuery(() => db.documents.toArray(), [db]);
  const clauses = useLiveQuery(() => allClauses(db), [db]);
  const id = useId();
  const searchPanel = useRef<HTMLDivElement>(null);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  const choose = (next: Tab) => {
    setTab(next);
    setFromSearch(false);
    if (next === 'library') setRoute({ view: 'library' });
  };
  const backToSearch = useCallback(() => {
    setTab('search');
    setFromSearch(false);
    // The search view stayed mounted (hidden): its query, filters and results are as they were.
    requestAnimationFrame(() => searchPanel.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }, []);
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.findIndex(([t]) => t === tab);
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : step ? (at + step + TABS.length) % TABS.length : -1;
    if (to < 0) return;
    event.preventDefault();
    const next = TABS[to]![0];
    choose(next);
    tabRefs.current.get(next)?.focus();
  };
  return (
    <div className="pl-root pl-popup">
      <BrowserSupport />
      <div className="pl-tabs">
        <div role="tablist" style={{ display: 'flex', gap: 4 }} onKeyDown={onTabKey}>
          {TABS.map(([name, key]) => (
            <button
              key={name}
              ref={(el) => void (el ? tabRefs.current.set(name, el) : tabRefs.current.delete(name))}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-controls={`${id}-panel-${name}`}
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => choose(name)}
            >
              {t(key)}
            </button>
          ))}
        </div>
        <button type="button" className="pl-notes-link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })}>
          {t('notesTitle')}
        </button>
      </div>
      <div role="tabpanel" id={`${id}-panel-search`} aria-labelledby={`${id}-tab-search`} hidden={tab !== 'search'} ref={searchPanel}>
        {documents && clauses ? (
          <SearchView
            documents={documents}
            clauses={clauses}
            t={t}
            onOpen={(clauseId) => {
              setRoute({ view: 'clause', id: clauseId });
              setFromSearch(true);
              setTab('library');
            }}
          />
        ) : (
          <p className="pl-muted">{t('loading')}</p>
        )}
      </div>
      <div role="tabpanel" id={`${id}-panel-library`} aria-labelledby={`${id}-tab-library`} hidden={tab !== 'library'}>
        {tab === 'library' ? <LibraryApp key={JSON.stringify(route)} db={db} initial={route} onBack={fromSearch ? backToSearch : undefined} /> : null}
      </div>
      <div role="tabpanel" id={`${id}-panel-page`} aria-labelledby={`${id}-tab-page`} hidden={tab !== 'page'}>
        {tab === 'page' ? <PageReferencesList references={page.references} documents={documents} onOpen={page.open} /> : null}
      </div>
      <OpenInReader />
      <AddPage documents={documents} />
      <SettingsBar hostname={hostname} />
    </div>
  );
}
