import '@/components/notes/notes.css';
import { anchor } from '@/lib/anchoring/anchor';
import { newNote } from '@/lib/notes/new-note';
import type { Note } from '@/lib/notes/schema';
import { NOTE_LIMITS, STALE_NOTE } from '@/lib/notes/limits';
import type { ContentCommand } from '@/lib/messages';
import { pageKey } from '@/lib/page-key';
import type { Box } from '@/components/place';
import type { NoteFields } from '@/components/notes/NoteEditor';
import { t } from '../ui-kit';
import { noteIdInFragment } from '@/lib/notes/fragment';
import { ask } from '../messaging';
import { textIndex } from '../text-index';
import { ACTIVE_NOTE_HIGHLIGHT, COMMENTED_NOTE_HIGHLIGHT, createHighlighter, NOTE_HIGHLIGHT } from '../highlighter';
import { boxOf, noteableSelection } from './selection';
import type { HoverSource } from '../hover-intent';
import { adoptStyleSheet, reporter } from '../page-hooks';
import type { PageSurface, Slot, View } from '../page-surface';
import type { NotesSurface } from '../../content-ui/notes-view';
import { onAbort } from '../reference-layer';

const report = reporter('notes');

/** What the notes layer needs from detection: the library ids named by references in a range. */
export interface NotesLayerDeps {
  linkedIds(range: Range): string[];
}

const SELECTION_SETTLE_MS = 250;
const REANCHOR_MS = 500;
/** Anchoring yields to the page after this long, well under the 50 ms long-task line. */
const SLICE_MS = 20;
/** Notes not found are looked for again after 2 s, then 4 s, … up to once a minute. */
const ORPHAN_RETRY_MS = 2_000;
const ORPHAN_RETRY_MAX_MS = 60_000;

const NOTE_CSS = `
::highlight(${NOTE_HIGHLIGHT}) { background-color: rgba(255, 212, 0, 0.4); }
::highlight(${COMMENTED_NOTE_HIGHLIGHT}) { text-decoration: underline solid #bf8700; text-decoration-thickness: 2px; text-underline-offset: 4px; }
::highlight(${ACTIVE_NOTE_HIGHLIGHT}) { background-color: rgba(255, 150, 0, 0.55); }
`;

type Surface = NotesSurface;

/** A failure message stays this long unless the reader moves on. */
const MESSAGE_MS = 8000;

/** Starts the notes layer until `signal` aborts (detection paused here or everywhere). */
export async function startNotesLayer(surface: PageSurface, signal: AbortSignal, deps: NotesLayerDeps): Promise<void> {
  await new NotesLayer(surface, signal, deps).start();
}

class NotesLayer {
  private readonly highlighter = createHighlighter();
  private readonly notes = new Map<string, Note>();
  /** Each drawn note's range and the text it covered when drawn. */
  private readonly ranges = new Map<string, { range: Range; text: string }>();
  private url = pageKey(location.href);
  private reported = '';
  /** Whether each note was found the last time it was anchored. */
  private readonly orphaned = new Map<string, boolean>();
  private anchorPass = 0;
  private orphanRetryAt = 0;
  private orphanBackoff = ORPHAN_RETRY_MS;
  private readonly root: Slot;
  private surface: Surface | null = null;
  /** The note painted as active (opened from the manager, or shown in the card); kept across re-anchoring. */
  private active: string | null = null;
  private selectionTimer = 0;
  private messageTimer = 0;
  private readonly hoverSource: HoverSource<string> = {
    find: (x, y) => this.highlighter.notesAt(x, y).at(-1) ?? null,
    // The toolbar and the editor stay until the reader is done with them.
    paused: () => this.surface?.kind === 'editor' || this.surface?.kind === 'toolbar',
    open: (id) => this.showCard(id),
    close: () => this.close(),
  };

  constructor(
    private readonly page: PageSurface,
    private readonly signal: AbortSignal,
    private readonly deps: NotesLayerDeps,
  ) {
    this.root = page.slot();
    onAbort(signal, () => this.stop());
  }

  async start(): Promise<void> {
    const { signal, page } = this;
    onAbort(signal, adoptStyleSheet(NOTE_CSS));
    onAbort(signal, page.hover.add(this.hoverSource));
    document.addEventListener('selectionchange', () => this.onSelectionChange(), { signal });
    addEventListener('click', (e) => this.onClick(e), { signal });
    addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.surface?.kind !== 'editor' && this.close(), { signal, capture: true });
    addEventListener('hashchange', () => this.scrollToLinkedNote(), { signal });
    onAbort(
      signal,
      page.watchBody({
        onChange: () => void this.refresh().catch(report),
        quietMs: REANCHOR_MS,
        ignorable: (element) => ![...this.ranges.values()].some(({ range }) => range.intersectsNode(element)),
      }),
    );
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id) return;
      if ((message as ContentCommand | undefined)?.type === 'open-note-editor') this.openEditorOnSelection();
    };
    browser.runtime.onMessage.addListener(onMessage);
    onAbort(signal, () => browser.runtime.onMessage.removeListener(onMessage));

    await this.load();
    this.scrollToLinkedNote();
  }

  private stop(): void {
    clearTimeout(this.selectionTimer);
    clearTimeout(this.messageTimer);
    this.highlighter.clear();
    this.close();
  }

  /** Reads the page's notes from the library and anchors them. */
  private async load(): Promise<void> {
    this.url = pageKey(location.href);
    const notes = await ask({ type: 'notes-for-page', url: this.url });
    if (this.signal.aborted) return;
    this.notes.clear();
    for (const note of notes) this.notes.set(note.id, note);
    this.highlighter.clear();
    this.ranges.clear();
    this.orphanBackoff = ORPHAN_RETRY_MS;
    // A page without notes is not indexed: its text is read when the reader makes one.
    if (this.notes.size === 0) return;
    // Its notes will be hovered: have their cards ready by then.
    this.page.prepare();
    await this.anchorNotes([...this.notes.keys()]);
  }

  /**
   * After page changes: a new URL (SPA navigation) means other notes. Otherwise only notes
   * whose drawn text changed are placed again (live ranges follow most edits, but collapse
   * when a framework re-renders their nodes); orphans are retried less and less often. A
   * ticking clock elsewhere on the page costs a string comparison per note.
   */
  private async refresh(): Promise<void> {
    if (pageKey(location.href) !== this.url) return this.load();
    const broken: string[] = [];
    const orphans: string[] = [];
    for (const id of this.notes.keys()) {
      const drawn = this.ranges.get(id);
      if (!drawn) orphans.push(id);
      else if (!drawn.range.startContainer.isConnected || !drawn.range.endContainer.isConnected || drawn.range.toString() !== drawn.text) broken.push(id);
    }
    const retryOrphans = orphans.length > 0 && performance.now() >= this.orphanRetryAt;
    if (broken.length === 0 && !retryOrphans) return;
    await this.anchorNotes(retryOrphans ? broken.concat(orphans) : broken);
  }

  /**
   * Places the notes `ids` on the current text: by position, quote or approximate match. A
   * note that cannot be placed stays stored and is reported as orphaned, never deleted. Runs
   * in slices of under SLICE_MS, yielding to the page between them; a newer pass or a pause
   * stops it.
   */
  private async anchorNotes(ids: readonly string[]): Promise<void> {
    const pass = ++this.anchorPass;
    // Read once per pass: on a page that never stops changing, reading it again in every slice
    // would cost the whole page each time. A note placed on text that changed meanwhile is
    // found broken by the next refresh and placed again.
    const index = textIndex(document.body);
    let sliceStart = performance.now();
    for (const id of ids) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (pass !== this.anchorPass || this.signal.aborted) return;
        sliceStart = performance.now();
      }
      const note = this.notes.get(id);
      if (!note) continue;
      this.ranges.delete(id);
      this.highlighter.remove(id);
      const found = anchor(index.text, note);
      if (found) this.place(id, index.offsetsToRange(found.start, found.end));
      this.orphaned.set(id, !found);
    }
    this.highlighter.setActive(this.active);
    if ([...this.notes.keys()].some((id) => !this.ranges.has(id))) {
      this.orphanRetryAt = performance.now() + this.orphanBackoff;
      this.orphanBackoff = Math.min(this.orphanBackoff * 2, ORPHAN_RETRY_MAX_MS);
    }
    const results = [...this.notes.keys()].map((id) => ({ id, orphaned: this.orphaned.get(id) ?? false }));
    const summary = JSON.stringify(results);
    if (results.length > 0 && summary !== this.reported) {
      this.reported = summary;
      void ask({ type: 'report-anchoring', url: this.url, results }).catch(report);
    }
  }

  private place(id: string, range: Range): void {
    this.ranges.set(id, { range, text: range.toString() });
    this.highlighter.draw(id, range, Boolean(this.notes.get(id)?.comment.trim()));
  }

  private scrollToLinkedNote(): void {
    const id = noteIdInFragment(location.hash);
    const range = id === null ? undefined : this.ranges.get(id)?.range;
    if (!id || !range) return;
    const element = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center' });
    this.setActive(id);
  }

  private onSelectionChange(): void {
    clearTimeout(this.selectionTimer);
    // The toolbar comes once the selection settles: load it meanwhile.
    if (document.getSelection()?.isCollapsed === false) this.page.prepare({ now: true });
    this.selectionTimer = window.setTimeout(() => {
      if (this.surface?.kind === 'editor') return;
      const range = noteableSelection(document, (node) => this.page.contains(node));
      if (range) this.show({ kind: 'toolbar', anchor: boxOf(range), range });
      else if (this.surface?.kind === 'toolbar') this.close();
    }, SELECTION_SETTLE_MS);
  }

  private openEditorOnSelection(): void {
    const range = noteableSelection(document, (node) => this.page.contains(node));
    if (range) this.showNewNoteEditor(range, boxOf(range));
  }

  private showNewNoteEditor(range: Range, anchor: Box): void {
    // Refused before the reader types a comment for it.
    if (range.toString().length > NOTE_LIMITS.quote) return this.showFailure(anchor, tooLong());
    this.show({ kind: 'editor', anchor, range, linked: this.deps.linkedIds(range), note: null });
  }

  /** A save or deletion that failed (storage full, extension updated under the page) says so. */
  private showFailure(anchor: Box, error: unknown): void {
    const text = t('noteFailed', error instanceof Error ? error.message : String(error));
    this.show({ kind: 'message', anchor, text });
    clearTimeout(this.messageTimer);
    this.messageTimer = window.setTimeout(() => this.surface?.kind === 'message' && this.close(), MESSAGE_MS);
  }

  /** A click shows the note at once, for readers who do not hover (touch, keyboard-then-click). */
  private onClick(event: MouseEvent): void {
    // A page's synthetic click is not the reader's: it opens nothing.
    if (!event.isTrusted || this.page.owns(event)) return;
    if (!document.getSelection()?.isCollapsed || this.surface?.kind === 'editor') return;
    const id = this.highlighter.notesAt(event.clientX, event.clientY).at(-1);
    if (id !== undefined) this.showCard(id);
  }

  private showCard(id: string): void {
    const note = this.notes.get(id);
    const placed = this.ranges.get(id);
    if (note && placed) this.show({ kind: 'card', anchor: boxOf(placed.range), note });
  }

  private close(): void {
    this.show(null);
  }

  private show(surface: Surface | null): void {
    const previous = this.surface;
    this.surface = surface;
    this.page.hover.shownNow(this.hoverSource, surface?.kind === 'card' ? surface.note.id : null);
    if (surface?.kind === 'card') this.setActive(surface.note.id);
    else if (previous?.kind === 'card') this.setActive(null);
    this.root.render(surface ? this.renderSurface(surface) : null);
  }

  private renderSurface(surface: Surface): View {
    return (kit) =>
      kit.notesView(surface, {
        onPointerEnter: this.page.hover.surfaceEnter,
        onPointerLeave: this.page.hover.surfaceLeave,
        highlight: (range, anchor) => void this.create(range, { comment: '', tags: [] }, this.deps.linkedIds(range)).catch((error) => this.showFailure(anchor, error)),
        addNote: (range, anchor) => this.showNewNoteEditor(range, anchor),
        edit: (note, anchor) => this.show({ kind: 'editor', anchor, note }),
        remove: (note, anchor) => void this.remove(note.id).catch((error) => this.showFailure(anchor, error)),
        openManager: () => void ask({ type: 'open-notes' }).catch(report),
        save: (editor, fields) => (editor.note ? this.update(editor.note, fields) : this.create(editor.range, fields, editor.linked)),
        cancel: () => this.close(),
      });
  }

  /** Saves a note for `range`, described over the body's text as it is now. */
  private async create(range: Range, fields: NoteFields, clauseIds: string[]): Promise<void> {
    const index = textIndex(document.body);
    let { start, end } = index.rangeToOffsets(range);
    // A double-click or drag often takes the spaces around words too; they are not the quote.
    while (start < end && /\s/.test(index.text[start]!)) start++;
    while (end > start && /\s/.test(index.text[end - 1]!)) end--;
    if (start === end) return this.close();
    if (end - start > NOTE_LIMITS.quote) throw tooLong();
    const note = await ask({ type: 'save-note', note: newNote({ url: this.url, pageTitle: document.title, text: index.text }, start, end, fields, clauseIds) });
    this.notes.set(note.id, note);
    this.place(note.id, index.offsetsToRange(start, end));
    document.getSelection()?.collapseToEnd();
    this.close();
  }

  private async update(note: Note, fields: NoteFields): Promise<void> {
    const saved = await ask({ type: 'save-note', note: { ...note, ...fields, updated: new Date().toISOString() }, base: note.updated }).catch((error: unknown) => {
      // Edited elsewhere meanwhile (the manager): the reader is told, the other edit is kept.
      throw error instanceof Error && error.message === STALE_NOTE ? new Error(t('noteStale')) : error;
    });
    this.notes.set(saved.id, saved);
    const placed = this.ranges.get(saved.id);
    // A comment added or removed changes how the highlight looks.
    if (placed) this.place(saved.id, placed.range);
    this.close();
  }

  private async remove(id: string): Promise<void> {
    await ask({ type: 'delete-note', id });
    this.notes.delete(id);
    this.ranges.delete(id);
    this.highlighter.remove(id);
    this.close();
  }

  private setActive(id: string | null): void {
    this.active = id;
    this.highlighter.setActive(id);
  }
}

function tooLong(): Error {
  return new Error(t('noteTooLong', String(NOTE_LIMITS.quote)));
}
