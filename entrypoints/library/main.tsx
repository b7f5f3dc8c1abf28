import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryApp, routeFromHash } from '@/components/LibraryApp';
import { openLibraryDb } from '@/lib/store/db';
import { t } from '@/components/i18n';
import '@/components/styles.css';
import { useImportFlow } from './import-flow';

const db = openLibraryDb();
// The tab's title follows the browser's language like the page does.
document.title = `${t('tabLibrary')} · ${t('extName')}`;

function LibraryPage() {
  const [hash, setHash] = useState(location.hash);
  const flow = useImportFlow(db);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const route = routeFromHash(hash);
  return (
    <main className="pl-root" style={{ maxWidth: 760, margin: '16px auto', padding: '0 16px' }}>
      {route.view === 'library' ? flow.view : null}
      <LibraryApp key={hash} db={db} initial={route} onDelete={flow.onDelete} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<LibraryPage />);
