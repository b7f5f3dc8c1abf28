import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryApp, routeFromHash } from '@/components/LibraryApp';
import { openLibraryDb } from '@/lib/store/db';
import { t } from '@/components/i18n';
import { followAppearance } from '@/components/appearance';
import '@/components/styles.css';

const db = openLibraryDb();
// The chosen language and look come first: strings and the title are rendered in them.
await followAppearance();
// The tab's title follows the browser's language like the page does.
document.title = `${t('tabLibrary')} · ${t('extName')}`;

function LibraryPage() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return (
    <main className="pl-root" style={{ maxWidth: 760, margin: '16px auto', padding: '0 16px' }}>
      <LibraryApp key={hash} db={db} initial={routeFromHash(hash)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<LibraryPage />);
