import { PopoverFrame } from '@/components/PopoverFrame';
import type { Box } from '@/components/place';
import { SelectionToolbar } from '@/components/notes/SelectionToolbar';
import { NoteEditor, type NoteFields } from '@/components/notes/NoteEditor';
import { NoteCard } from '@/components/notes/NoteCard';
import { t } from '@/components/i18n';
import { formatCitation } from '@/lib/citation';
import type { Note } from '@/lib/notes/schema';
import { ask } from '../content/messaging';

/** What the notes layer shows beside a selection or a note. */
export type NotesSurface =
  | { kind: 'toolbar'; anchor: Box; range: Range }
  /** A new note: `linked` is taken once, so the note is saved with the links the editor showed. */
  | { kind: 'editor'; anchor: Box; range: Range; linked: string[]; note: null }
  | { kind: 'editor'; anchor: Box; note: Note }
  | { kind: 'card'; anchor: Box; note: Note }
  /** Why a highlight or deletion did not happen (the editor shows its own). */
  | { kind: 'message'; anchor: Box; text: string };

export interface NotesViewHandlers {
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** Highlight the selection without a comment. */
  highlight(range: Range, anchor: Box): void;
  addNote(range: Range, anchor: Box): void;
  edit(note: Note, anchor: Box): void;
  remove(note: Note, anchor: Box): void;
  openManager(): void;
  save(surface: Extract<NotesSurface, { kind: 'editor' }>, fields: NoteFields): Promise<void>;
  cancel(): void;
}

/** The selection toolbar, a note's card or the note editor, as the content script's notes layer shows them. */
export function notesView(surface: NotesSurface, on: NotesViewHandlers) {
  return (
    <PopoverFrame anchor={surface.anchor} onPointerEnter={on.onPointerEnter} onPointerLeave={on.onPointerLeave}>
      {surface.kind === 'toolbar' ? (
        <SelectionToolbar onHighlight={() => on.highlight(surface.range, surface.anchor)} onAddNote={() => on.addNote(surface.range, surface.anchor)} />
      ) : surface.kind === 'message' ? (
        <p className="pl-root pl-popover pl-note-error" role="alert">
          {surface.text}
        </p>
      ) : surface.kind === 'card' ? (
        <NoteCard
          note={surface.note}
          cite={cite}
          onEdit={() => on.edit(surface.note, surface.anchor)}
          onDelete={() => on.remove(surface.note, surface.anchor)}
          onOpenManager={on.openManager}
        />
      ) : (
        <NoteEditor
          key={surface.note?.id ?? 'new'}
          title={t(surface.note ? 'noteEditTitle' : 'noteEditorTitle')}
          quote={surface.note ? surface.note.quote.exact : surface.range.toString()}
          initial={surface.note ?? { comment: '', tags: [] }}
          linked={surface.note ? surface.note.clauseIds : surface.linked}
          cite={cite}
          onSave={(fields) => on.save(surface, fields)}
          onCancel={on.cancel}
        />
      )}
    </PopoverFrame>
  );
}

/** A linked id cited from the library: a clause id has a ':' (`004:三/(一)`), a document id has not. */
export async function cite(id: string): Promise<string> {
  if (id.includes(':')) {
    const view = await ask({ type: 'clause-view', clauseId: id });
    return view ? formatCitation({ document: view.document, clause: view.clause }) : id;
  }
  const view = await ask({ type: 'document-view', documentId: id });
  return view ? formatCitation({ document: view.document, clause: null }) : id;
}
