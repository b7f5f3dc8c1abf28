import type { Note } from '@/lib/notes/schema';
import { t } from '../i18n';
import type { Cite } from './LinkedClauses';
import { NoteBody } from './NoteBody';

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
      <NoteBody note={note} cite={cite} />
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
