import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { allClauses } from '@/lib/store/clauses';
import type { LibraryDb } from '@/lib/store/db';
import { t } from './i18n';
import { LibraryApp, routeFromHash } from './LibraryApp';
import { SearchView } from './search/SearchView';

/**
 * The library tab: a heading, search over the library (and the host's extras, such as
 * importing documents, above the list), and from any document or clause a way back to the list. Where one is, is in the URL's fragment, so the browser's Back works too.
 */
export function LibraryPage({ db, listExtras, onDelete }: { db: LibraryDb; listExtras?: ReactNode; onDelete?: (documentId: string) => void }) {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const route = routeFromHash(hash);
  const documents = useLiveQuery(() => db.documents.toArray(), [db]);
  const clauses = useLiveQuery(() => allClauses(db), [db]);
  return (
    <main className="pl-root pl-library-page" style={{ maxWidth: 760, margin: '16px auto', padding: '0 16px' }}>
      <h1>{t('tabLibrary')}</h1>
      {route.view === 'library' && documents && clauses ? (
        <SearchView documents={documents} clauses={clauses} t={t} onOpen={(id) => void (location.hash = `clause=${encodeURIComponent(id)}`)} />
      ) : null}
      {route.view === 'library' ? listExtras : null}
      <LibraryApp key={hash} db={db} initial={route} onBack={route.view === 'library' ? undefined : () => void (location.hash = '')} onDelete={onDelete} />
    </main>
  );
}
