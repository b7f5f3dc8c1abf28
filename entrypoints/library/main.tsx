import '@/lib/zod-config';
import { createRoot } from 'react-dom/client';
import { ReaderApp } from '@/components/reader-view/ReaderApp';
import { openLibraryDb } from '@/lib/store/db';
import { t } from '@/components/i18n';
import { followAppearance } from '@/components/appearance';
import '@/components/styles.css';
import { useImportFlow } from './import-flow';

const db = openLibraryDb();
// The chosen language and look come first: strings and the title are rendered in them.
await followAppearance();
// The tab's title follows the browser's language like the page does.
document.title = `${t('tabLibrary')} · ${t('extName')}`;

function Library() {
  const flow = useImportFlow(db);
  return (
    <div className="pl-root pl-reader-page">
      <ReaderApp db={db} listTop={flow.view} onDelete={flow.onDelete} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Library />);
