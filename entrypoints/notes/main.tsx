import '@/lib/zod-config';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NotesManager } from '@/components/notes/NotesManager';
import { openLibraryDb } from '@/lib/store/db';
import { t } from '@/components/i18n';
import { followAppearance } from '@/components/appearance';
import { ANCHORING_KEY, readAnchoringRecords } from '@/lib/store/notes';
import type { Note } from '@/lib/notes/schema';
import { noteLink } from '@/lib/notes/fragment';
import { isPdfUrn } from '@/lib/pdf/identity';
import '@/components/styles.css';
import '@/components/notes/notes.css';

const db = openLibraryDb();
// The chosen language and look come first: strings and the title are rendered in them.
await followAppearance();
// The tab's title follows the browser's language like the page does.
document.title = `${t('notesTitle')} · ${t('extName')}`;

/** Orphaned notes as last reported by the pages (see the content notes layer). */
function useOrphaned(): ReadonlySet<string> {
  const [orphaned, setOrphaned] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const apply = (value: unknown) => {
      const records = readAnchoringRecords(value);
      setOrphaned(new Set(Object.entries(records).flatMap(([id, r]) => (r.orphaned ? [id] : []))));
    };
    void browser.storage.local.get(ANCHORING_KEY).then((stored) => apply(stored[ANCHORING_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && ANCHORING_KEY in changes) apply(changes[ANCHORING_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return orphaned;
}

function NotesPage() {
  const orphaned = useOrphaned();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    // Without it the browser may evict the database under storage pressure, notes included.
    navigator.storage.persist().then(setPersisted, () => setPersisted(false));
  }, []);
  // A note on a PDF is keyed by its fingerprint, which no tab can open: the reader opens, for the file.
  const openPage = (note: Note) =>
    void browser.tabs.create({ url: isPdfUrn(note.url) ? browser.runtime.getURL('/reader.html') : noteLink(note) });
  return <NotesManager db={db} orphaned={orphaned} persisted={persisted} openPage={openPage} />;
}

createRoot(document.getElementById('root')!).render(<NotesPage />);
