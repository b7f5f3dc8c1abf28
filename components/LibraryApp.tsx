import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryDb } from '@/lib/store/db';
import { getCitedView, getClauseView, getDocumentView, listLibrary } from '@/lib/store/queries';
import { todayIso } from '@/lib/validity';
import { CitedDetail } from './CitedDetail';
import { ClauseDetail } from './ClauseDetail';
import { convertScript } from '@/lib/convert';
import { DocumentDetail } from './DocumentDetail';
import { t } from './i18n';
import { LibraryList } from './LibraryList';
import { useLibraryDetector } from './useLibraryDetector';
import { useStoredScript } from './useStoredScript';

export type Route = { view: 'library' } | { view: 'clause'; id: string } | { view: 'document'; id: string } | { view: 'cited'; id: string };

/** `#clause=ID` / `#document=ID` / `#cited=ID` so "open in library" and citation links land on the right view. */
export function routeFromHash(hash: string): Route {
  const params = new URLSearchParams(decodeURIComponent(hash.replace(/^#/, '')));
  const clause = params.get('clause');
  const document = params.get('document');
  const cited = params.get('cited');
  if (clause) return { view: 'clause', id: clause };
  if (document) return { view: 'document', id: document };
  if (cited) return { view: 'cited', id: cited };
  return { view: 'library' };
}

/** Library browsing for extension pages, which read the extension's IndexedDB directly. */
export function LibraryApp({ db, initial, onBack, onDelete }: { db: LibraryDb; initial: Route; onBack?: () => void; onDelete?: (documentId: string) => void }) {
  const [history, setHistory] = useState<Route[]>([initial]);
  const backRef = useRef<HTMLButtonElement>(null);
  // Opened from elsewhere (search results) or moved on inside: the control pressed is gone,
  // so focus goes to the way back rather than to the page body.
  useEffect(() => {
    if (history.length > 1 || onBack) backRef.current?.focus();
  }, [history.length, onBack]);
  const route = history[history.length - 1]!;
  const [script, setScript] = useStoredScript();
  const today = todayIso();
  const go = useCallback((next: Route) => setHistory((h) => [...h, next]), []);
  const openClause = useCallback((id: string) => go({ view: 'clause', id }), [go]);
  const openDocument = useCallback((id: string) => go({ view: 'document', id }), [go]);
  const openCited = useCallback((id: string) => go({ view: 'cited', id }), [go]);
  const findReferences = useLibraryDetector(db, route.view !== 'library');

  const entries = useLiveQuery(() => listLibrary(db), [db]);
  const clauseView = useLiveQuery(() => (route.view === 'clause' ? getClauseView(db, route.id) : undefined), [db, route]);
  const documentView = useLiveQuery(() => (route.view === 'document' ? getDocumentView(db, route.id) : undefined), [db, route]);
  const citedView = useLiveQuery(() => (route.view === 'cited' ? getCitedView(db, route.id) : undefined), [db, route]);

  const common = { today, script, onScriptChange: setScript, convert: convertScript, onOpenClause: openClause, onOpenDocument: openDocument, onOpenCited: openCited, findReferences };
  return (
    <div className="pl-library-app">
      {history.length > 1 || onBack ? (
        <button type="button" className="pl-back" ref={backRef} onClick={() => (history.length > 1 ? setHistory((h) => h.slice(0, -1)) : onBack?.())}>
          ← {t('back')}
        </button>
      ) : null}
      {route.view === 'library' ? (
        entries === undefined ? (
          <p className="pl-muted">{t('loading')}</p>
        ) : entries.length === 0 ? (
          <p className="pl-muted">{t('libraryEmpty')}</p>
        ) : (
          <LibraryList entries={entries} today={today} onOpenDocument={openDocument} onDelete={onDelete} />
        )
      ) : route.view === 'clause' ? (
        clauseView ? <ClauseDetail view={clauseView} {...common} /> : <p className="pl-muted">{clauseView === null ? t('notFound') : t('loading')}</p>
      ) : route.view === 'cited' ? (
        citedView ? <CitedDetail view={citedView} onOpenDocument={openDocument} /> : <p className="pl-muted">{citedView === null ? t('notFound') : t('loading')}</p>
      ) : documentView ? (
        <DocumentDetail view={documentView} {...common} />
      ) : (
        <p className="pl-muted">{documentView === null ? t('notFound') : t('loading')}</p>
      )}
    </div>
  );
}
