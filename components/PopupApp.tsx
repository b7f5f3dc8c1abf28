import { useState } from 'react';
import type { LibraryDb } from '@/lib/store/db';
import { t } from './i18n';
import { LibraryApp, type Route } from './LibraryApp';

const START: Route = { view: 'library' };

export function PopupApp({ db }: { db: LibraryDb }) {
  const [tab, setTab] = useState<'library'>('library');
  return (
    <div className="pl-root pl-popup">
      <div role="tablist" className="pl-tabs">
        <button type="button" role="tab" aria-selected={tab === 'library'} onClick={() => setTab('library')}>
          {t('tabLibrary')}
        </button>
      </div>
      <LibraryApp db={db} initial={START} />
    </div>
  );
}
