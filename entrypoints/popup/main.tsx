import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/PopupApp';
import { openLibraryDb } from '@/lib/store/db';
import '@/components/styles.css';
import './popup.css';

createRoot(document.getElementById('root')!).render(<PopupApp db={openLibraryDb()} />);
