import '@/lib/zod-config';
import { createRoot } from 'react-dom/client';
import { LibraryPage } from '@/components/LibraryPage';
import { openLibraryDb } from '@/lib/store/db';
import { t } from '@/components/i18n';
import '@/components/styles.css';
import { useImportFlow } from './import-flow';

const db = openLibraryDb();
// The tab's title follows the browser's language like the page does.
document.title = `${t('tabLibrary')} · ${t('extName')}`;

function Library() {
  const flow = useImportFlow(db);
  return <LibraryPage db={db} listExtras={flow.view} onDelete={flow.onDelete} />;
}

createRoot(document.getElementById('root')!).render(<Library />);
