import type { Note } from '@/lib/notes/schema';
import { t } from '../i18n';
import { LinkedClauses, type Cite } from './LinkedClauses';

/** A note shown over its highlight: the comment, tags and links, with edit and delete. */
export interface NoteCardProps {
  note: Note;
  cite: Cite;
  onEdit: () => void;
  onDelete: () => void;
  onOpenManager: () => void;
}

export function NoteCard({ note, cite, onEdit, onDelete, onOpenManager }: NoteCardProps) {
  return (
    <section className="pl-root pl-popover pl-note-card" aria-label={t('noteToolbar')}>
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
      <div className="pl-actions">
        <button type="button" onClick={onEdit}>
          {t('noteEdit')}
        </button>
        <button type="button" onClick={onDelete}>
          {t('noteDelete')}
        </button>
        <button type="button" className="pl-link" onClick={onOpenManager}>
          {t('notesTitle')}
        </button>
      </div>
    </section>
  );
}
