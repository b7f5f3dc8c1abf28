import type { Note } from '@/lib/notes/schema';
import { t } from '../i18n';
import { LinkedClauses, type Cite } from './LinkedClauses';

/** What a reader wrote: the comment, the tags and the clauses the note is linked to. */
export function NoteBody({ note, cite }: { note: Note; cite: Cite }) {
  return (
    <>
      <p className="pl-text">{note.comment || <span className="pl-muted">{t('noteNoComment')}</span>}</p>
      {note.tags.length > 0 && (
        <p className="pl-note-tags">
          {note.tags.map((tag) => (
            <span key={tag} className="pl-badge">
              {tag}
            </span>
          ))}
        </p>
      )}
      <LinkedClauses ids={note.clauseIds} cite={cite} />
    </>
  );
}
