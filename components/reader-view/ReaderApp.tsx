import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import type { LibraryDb } from '@/lib/store/db';
import { allClauses, getClauses } from '@/lib/store/clauses';
import { getCitedView, getClauseView, getDocumentView, listLibrary } from '@/lib/store/queries';
import type { Clause } from '@/lib/corpus/schema';
import { todayIso } from '@/lib/validity';
import { routeFromHash } from '../LibraryApp';
import { CitedDetail } from '../CitedDetail';
import { useLibraryDetector } from '../useLibraryDetector';
import { t } from '../i18n';
import { DocumentList } from './DocumentList';
import { SearchView } from '../search/SearchView';
import { DocumentReader } from './DocumentReader';
import { convertScript } from '@/lib/convert';
import { useStoredScript } from '../useStoredScript';

const clauseHref = (id: string) => `#clause=${encodeURIComponent(id)}`;
const documentHref = (id: string) => `#document=${encodeURIComponent(id)}`;
const citedHref = (id: string) => `#cited=${encodeURIComponent(id)}`;

/**
 * The library page: the document list, or one document in the reader. The address carries the
 * place (`#document=…`, `#clause=…`), so deep links, the browser's back button and the popover's
 * "open in library" all land on it.
 */
export function ReaderApp({ db, listTop, onDelete }: { db: LibraryDb; listTop?: ReactNode; onDelete?: (documentId: string) => void }) {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const route = routeFromHash(hash);
  const today = todayIso();
  const [script, setScript] = useStoredScript();

  const entries = useLiveQuery(() => listLibrary(db), [db]);
  // Search over the whole library (clauses, titles, 文号) above the list; a hit opens in the reader.
  const documents = useLiveQuery(() => db.documents.toArray(), [db]);
  const allClauseRows = useLiveQuery(() => allClauses(db), [db]);
  const current = useLiveQuery(async () => (route.view === 'clause' ? getClauseView(db, route.id) : null), [db, hash]);
  const cited = useLiveQuery(async () => (route.view === 'cited' ? getCitedView(db, route.id) : null), [db, hash]);
  // The texts read link their own citations; the list has no text to link.
  const findReferences = useLibraryDetector(db, route.view !== 'library');
  const documentId = route.view === 'document' ? route.id : (current?.document.id ?? null);
  const view = useLiveQuery(async () => (documentId ? getDocumentView(db, documentId) : null), [db, documentId]);
  const clauses = useLiveQuery(
    async () => (view ? (await getClauses(db, view.outline.map((c) => c.id))).filter((c): c is Clause => Boolean(c)) : []),
    [db, view],
  );

  const go = (href: string) => {
    location.hash = href;
  };
  if (route.view === 'library')
    return (
      <main>
        <h1 className="pl-title">{t('tabLibrary')}</h1>
        {documents && allClauseRows ? <SearchView documents={documents} clauses={allClauseRows} t={t} onOpen={(id) => go(clauseHref(id))} /> : null}
        {listTop}
        {entries === undefined ? (
          <p className="pl-muted">{t('loading')}</p>
        ) : entries.length === 0 ? (
          <p className="pl-muted">{t('libraryEmpty')}</p>
        ) : (
          <DocumentList entries={entries} today={today} documentHref={documentHref} onDelete={onDelete} />
        )}
      </main>
    );
  const back = (
    <button type="button" className="pl-back" onClick={() => go('')}>
      ← {t('back')}
    </button>
  );
  if (route.view === 'cited')
    return cited ? (
      <main>
        {back}
        <CitedDetail view={cited} onOpenDocument={(id) => go(documentHref(id))} />
      </main>
    ) : (
      <p className="pl-muted">{cited === null ? t('notFound') : t('loading')}</p>
    );
  if (current === undefined || view === undefined || clauses === undefined) return <p className="pl-muted">{t('loading')}</p>;
  if (!view || (route.view === 'clause' && !current)) return <p className="pl-muted">{t('notFound')}</p>;
  return (
    <>
      {back}
      <DocumentReader
        view={view}
        clauses={clauses}
        current={current}
        today={today}
        clauseHref={clauseHref}
        onOpenClause={(id) => go(clauseHref(id))}
        onOpenDocument={(id) => go(documentHref(id))}
        onOpenCited={(id) => go(citedHref(id))}
        findReferences={findReferences}
        script={script}
        onScriptChange={setScript}
        convert={convertScript}
      />
    </>
  );
}
