import { createRoot } from 'react-dom/client';
import { LibraryPage } from '@/components/LibraryPage';
import { openLibraryDb } from '@/lib/store/db';
import { t } from '@/components/i18n';
import '@/components/styles.css';

const db = openLibraryDb();
// The tab's title follows the browser's language like the page does.
document.title = `${t('tabLibrary')} · ${t('extName')}`;

createRoot(document.getElementById('root')!).render(<LibraryPage db={db} />);
