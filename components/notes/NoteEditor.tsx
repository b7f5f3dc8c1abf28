import { useId, useState, type FormEvent } from 'react';
import type { Note } from '@/lib/notes/schema';
import { t } from '../i18n';
import { formatTags, parseTags } from './tags';
import { LinkedClauses, type Cite } from './LinkedClauses';

/** What the reader edits of a note. */
export type NoteFields = Pick<Note, 'comment' | 'tags'>;

export interface NoteEditorProps {
  title: string;
  quote: string;
  initial: NoteFields;
  /** Clause or document ids the note is linked to, shown so the user knows before saving. */
  linked: readonly string[];
  cite: Cite;
  onSave: (fields: NoteFields) => Promise<void>;
  onCancel: () => void;
}

/** A modeless dialog: the page stays usable, Escape or Cancel closes it without saving. */
export function NoteEditor({ title, quote, initial, linked, cite, onSave, onCancel }: NoteEditorProps) {
  const id = useId();
  const [comment, setComment] = useState(initial.comment);
  const [tags, setTags] = useState(formatTags(initial.tags));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ comment: comment.trim(), tags: parseTags(tags) });
    } catch (e) {
      setError(t('noteFailed', e instanceof Error ? e.message : String(e)));
      setSaving(false);
    }
  };
  return (
    <form
      className="pl-root pl-popover pl-note-editor"
      role="dialog"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <blockquote className="pl-note-quote">{quote}</blockquote>
      <label htmlFor={`${id}-comment`}>{t('noteComment')}</label>
      <textarea id={`${id}-comment`} rows={4} value={comment} onChange={(e) => setComment(e.target.value)} autoFocus />
      <label htmlFor={`${id}-tags`}>{t('noteTags')}</label>
      <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} />
      <LinkedClauses ids={linked} cite={cite} />
      {error && (
        <p role="alert" className="pl-note-error">
          {error}
        </p>
      )}
      <div className="pl-actions">
        <button type="submit" disabled={saving}>
          {t('noteSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('noteCancel')}
        </button>
      </div>
    </form>
  );
}
