import '@/lib/zod-config';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/PopupApp';
import { openLibraryDb } from '@/lib/store/db';
import { t } from '@/components/i18n';
import { followAppearance } from '@/components/appearance';
import '@/components/styles.css';
import './popup.css';

// The chosen language and look come first: strings and the title are rendered in them.
await followAppearance();
// The HTML title names the toolbar button through the manifest; the page itself gets it translated.
document.title = t('extName');
createRoot(document.getElementById('root')!).render(<PopupApp db={openLibraryDb()} />);
