/**
 * Note highlights drawn with the CSS Custom Highlight API: ranges are painted by the browser
 * with no element added to the page, so layout, page scripts and selections are untouched, and
 * a highlight can span element boundaries. The content script injects the styles:
 * `::highlight(policy-lens-note)`, `::highlight(policy-lens-note-comment)` and
 * `::highlight(policy-lens-note-active)`.
 */
export const NOTE_HIGHLIGHT = 'policy-lens-note';
/** Drawn over NOTE_HIGHLIGHT for notes that carry a comment: they look different, there is more to read. */
export const COMMENTED_NOTE_HIGHLIGHT = 'policy-lens-note-comment';
/** The note the user is looking at (opened from the manager or hovered), painted over the rest. */
export const ACTIVE_NOTE_HIGHLIGHT = 'policy-lens-note-active';

export type Highlighter = {
  /** Draws (or redraws) a note's range. Ranges stay live: they follow later DOM edits. */
  draw(noteId: string, range: Range, commented?: boolean): void;
  remove(noteId: string): void;
  setActive(noteId: string | null): void;
  /** Notes whose highlight is painted under a viewport point, e.g. a click. */
  notesAt(x: number, y: number): string[];
  clear(): void;
};

export function createHighlighter(doc: Document = document): Highlighter {
  const ranges = new Map<string, Range>();
  const all = new Highlight();
  const commentedNotes = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(NOTE_HIGHLIGHT, all);
  CSS.highlights.set(COMMENTED_NOTE_HIGHLIGHT, commentedNotes);
  CSS.highlights.set(ACTIVE_NOTE_HIGHLIGHT, active);
  let activeId: string | null = null;

  function setActive(noteId: string | null) {
    active.clear();
    activeId = noteId;
    const range = noteId === null ? undefined : ranges.get(noteId);
    if (range) active.add(range);
  }

  return {
    draw(noteId, range, commented = false) {
      const old = ranges.get(noteId);
      if (old) {
        all.delete(old);
        commentedNotes.delete(old);
      }
      ranges.set(noteId, range);
      all.add(range);
      if (commented) commentedNotes.add(range);
      if (activeId === noteId) setActive(noteId);
    },
    remove(noteId) {
      const range = ranges.get(noteId);
      if (!range) return;
      all.delete(range);
      commentedNotes.delete(range);
      ranges.delete(noteId);
      if (activeId === noteId) setActive(null);
    },
    setActive,
    notesAt(x, y) {
      const caret = doc.caretPositionFromPoint(x, y);
      // Over a text field the caret is an offset into its value, not a point in the page (and
      // isPointInRange throws on it): no note is painted there.
      if (!caret || isTextField(caret.offsetNode)) return [];
      const ids: string[] = [];
      for (const [id, range] of ranges) {
        // The caret is only the nearest insertion point: beside a highlight's end it is "in"
        // the range too, so the painted boxes decide.
        if (range.isPointInRange(caret.offsetNode, caret.offset) && boxesContain(range, x, y)) ids.push(id);
      }
      return ids;
    },
    clear() {
      ranges.clear();
      all.clear();
      commentedNotes.clear();
      setActive(null);
    },
  };
}

function isTextField(node: Node): boolean {
  return node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement;
}

function boxesContain(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}
