import { useCallback, useId, useState, type ChangeEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LibraryDb } from '@/lib/store/db';
import { STALE_NOTE, type Note } from '@/lib/notes/schema';
import { exportJson } from '@/lib/notes/json';
import { formatCitation } from '@/lib/citation';
import { exportMarkdown, type MarkdownLabels } from '@/lib/notes/markdown';
import { exportWebAnnotation } from '@/lib/notes/web-annotation';
import { groupByPage } from '@/lib/notes/order';
import { allNotes, clauseCitations, deleteNote, distinct, filterNotes, importNotesFile, saveNote } from '@/lib/store/notes';
import { t, type MessageKey } from '../i18n';
import type { NotesImportFailure } from '@/lib/notes/json';
import { NoteEditor } from './NoteEditor';
import { download } from './download';
import type { Cite } from './LinkedClauses';
import { NoteBody } from './NoteBody';

export interface NotesManagerProps {
  db: LibraryDb;
  /** Ids of notes that were not found on their page at the last visit. */
  orphaned: ReadonlySet<string>;
  /** The answer to navigator.storage.persist(); null while asking. */
  persisted: boolean | null;
  openPage: (note: Note) => void;
}

/** Markdown exports speak the UI's language. */
const markdownLabels = (): MarkdownLabels => ({
  heading: t('notesMdHeading'),
  tags: (tags) => t('notesMdTags', tags),
  cites: (citations) => t('notesMdCites', citations),
  noted: (date) => t('notesMdNoted', date),
});

/** The technical detail (zod path) of a failure follows the plain sentence, for who needs it. */
type Status = { kind: 'info'; text: string; undo?: Note } | { kind: 'error'; text: string; detail?: string };

const IMPORT_FAILURE: Record<NotesImportFailure['kind'], MessageKey> = {
  'not-json': 'notesImportNotJson',
  'not-notes': 'notesImportNotNotes',
  'duplicate-id': 'notesImportDuplicate',
};

/** All notes by page, with filters, search, editing, deletion with undo, export and import. */
export function NotesManager({ db, orphaned, persisted, openPage }: NotesManagerProps) {
  const id = useId();
  const notes = useLiveQuery(() => allNotes(db), [db]);
  const [tag, setTag] = useState('');
  const [clauseId, setClauseId] = useState('');
  const [query, setQuery] = useState('');
  const [orphanedOnly, setOrphanedOnly] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const citations = useLiveQuery(() => clauseCitations(db, notes ? distinct(notes, 'clauseIds') : []), [db, notes]);
  const label = useCallback(
    (clause: string) => {
      const citation = citations?.get(clause);
      return citation ? formatCitation(citation) : clause;
    },
    [citations],
  );
  const cite = useCallback<Cite>(async (clause) => label(clause), [label]);
  if (!notes) return <p className="pl-muted">{t('loading')}</p>;

  const shown = filterNotes(notes, { tag, clauseId, query }).filter((note) => !orphanedOnly || orphaned.has(note.id));
  const stamp = new Date().toISOString().slice(0, 10);

  const remove = async (note: Note) => {
    await deleteNote(db, note.id);
    setStatus({ kind: 'info', text: t('notesDeleted'), undo: note });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await importNotesFile(db, await file.text());
      if (!result.ok) return setStatus({ kind: 'error', text: t(IMPORT_FAILURE[result.kind]), detail: result.error });
      const { added, updated, skipped } = result.counts;
      setStatus({ kind: 'info', text: t('notesImported', [String(added), String(updated), String(skipped)]) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('notesImportFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div className="pl-root pl-notes-manager">
      <h1>{t('notesTitle')}</h1>
      <p className="pl-muted">
        {persisted === null ? t('loading') : persisted ? t('storagePersisted') : t('storageNotPersisted')}
      </p>
      <div className="pl-actions">
        <button type="button" onClick={() => download(`policy-lens-notes-${stamp}.json`, exportJson(notes, new Date()), 'application/json')}>
          {t('notesExportJson')}
        </button>
        <button
          type="button"
          onClick={() =>
            void clauseCitations(db, notes.flatMap((n) => n.clauseIds)).then((citations) =>
              download(`policy-lens-notes-${stamp}.md`, exportMarkdown(notes, citations, markdownLabels()), 'text/markdown'),
            )
          }
        >
          {t('notesExportMarkdown')}
        </button>
        <button type="button" onClick={() => download(`policy-lens-notes-${stamp}.jsonld`, exportWebAnnotation(notes), 'application/ld+json')}>
          {t('notesExportWebAnnotation')}
        </button>
        <label>
          {t('notesImport')} <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      {status && (
        <p className="pl-notes-status" role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}{' '}
          {status.kind === 'error' && status.detail ? (
            <details>
              <summary>{t('notesImportDetails')}</summary>
              <code>{status.detail}</code>
            </details>
          ) : null}
          {status.kind === 'info' && status.undo && (
            <button
              type="button"
              className="pl-link"
              onClick={() => void saveNote(db, status.undo!).then(() => setStatus(null))}
            >
              {t('notesUndo')}
            </button>
          )}
        </p>
      )}
      <div className="pl-notes-toolbar">
        <input type="search" aria-label={t('notesSearch')} placeholder={t('notesSearch')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor={`${id}-tag`}>{t('noteTag')}</label>
        <select id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t('notesAll')}</option>
          {distinct(notes, 'tags').map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
        <label htmlFor={`${id}-clause`}>{t('noteLinked')}</label>
        <select id={`${id}-clause`} value={clauseId} onChange={(e) => setClauseId(e.target.value)}>
          <option value="">{t('notesAll')}</option>
          {distinct(notes, 'clauseIds').map((value) => (
            <option key={value} value={value}>
              {label(value)}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={orphanedOnly} onChange={(e) => setOrphanedOnly(e.target.checked)} /> {t('notesOrphanedOnly')}
        </label>
      </div>
      <p className="pl-muted" aria-live="polite">
        {notes.length === 0 ? t('notesEmpty') : shown.length === 0 ? t('notesNoMatch') : t('notesCount', String(shown.length))}
      </p>
      {[...groupByPage(shown)].map(([url, pageNotes]) => (
        <section key={url} aria-label={pageNotes[0]!.pageTitle || url}>
          <h2>{pageNotes[0]!.pageTitle || url}</h2>
          <p className="pl-muted">{url}</p>
          <ul className="pl-notes-list">
            {pageNotes.map((note) => (
              <li key={note.id}>
                {editing === note.id ? (
                  <NoteEditor
                    title={t('noteEditTitle')}
                    quote={note.quote.exact}
                    initial={note}
                    linked={note.clauseIds}
                    cite={cite}
                    onSave={async (fields) => {
                      await saveNote(db, { ...note, ...fields, updated: new Date().toISOString() }, note.updated).catch((error: unknown) => {
                        throw error instanceof Error && error.message === STALE_NOTE ? new Error(t('noteStale')) : error;
                      });
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <NoteItem note={note} cite={cite} orphaned={orphaned.has(note.id)} onOpen={() => openPage(note)} onEdit={() => setEditing(note.id)} onDelete={() => void remove(note)} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type NoteItemProps = { note: Note; cite: Cite; orphaned: boolean; onOpen: () => void; onEdit: () => void; onDelete: () => void };

function NoteItem({ note, cite, orphaned, onOpen, onEdit, onDelete }: NoteItemProps) {
  return (
    <article aria-label={note.quote.exact.slice(0, 40)}>
      <blockquote className="pl-note-quote">{note.quote.exact}</blockquote>
      {orphaned && <p className="pl-notes-orphan">{t('notesOrphaned')}</p>}
      <NoteBody note={note} cite={cite} />
      <div className="pl-actions">
        <button type="button" onClick={onOpen}>
          {t('notesOpenPage')}
        </button>
        <button type="button" onClick={onEdit}>
          {t('noteEdit')}
        </button>
        <button type="button" onClick={onDelete}>
          {t('noteDelete')}
        </button>
      </div>
    </article>
  );
}
