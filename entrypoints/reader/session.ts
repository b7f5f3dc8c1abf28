import type { PDFDocumentProxy } from 'pdfjs-dist';
import { anchor } from '@/lib/anchoring/anchor';
import { newNote } from '@/lib/notes/new-note';
import { createPageState, detect, detectIncremental } from '@/lib/detect/detect';
import { buildMatcher } from '@/lib/detect/matcher';
import type { Reference } from '@/lib/detect/reference';
import type { Note } from '@/lib/notes/schema';
import { pdfUrn } from '@/lib/pdf/identity';
import { joinPdfText, locateOffset, offsetOfItem, splitByPage, type JoinedPdfText, type PdfPageText } from '@/lib/pdf/join';
import { createHighlighter } from '../content/highlighter';
import { ask } from '../content/messaging';
import { ReferenceIndex, type PlacedReference } from '../content/reference-index';
import { pageText } from './pdf';
import { PdfViewer } from './viewer';

export const FIND_HIGHLIGHT = 'policy-lens-find';
export const FIND_ACTIVE_HIGHLIGHT = 'policy-lens-find-active';

export interface SessionEvents {
  /** Text read so far, in pages; then the whole text is known. */
  progress(pagesRead: number, pageCount: number): void;
  textReady(joined: JoinedPdfText, references: number): void;
  pageChanged(index: number): void;
  /** Something drawn moved or went (a page dropped, zoom): open popups must close. */
  layoutChanged(): void;
}

/**
 * One opened PDF: its pages on screen, its whole text (joined across lines and pages), the
 * references detected in that text, and the reader's notes anchored to it by fingerprint,
 * position and quote. Marks are kept as text offsets and drawn on a page when its text layer
 * is there.
 */
export class ReaderSession {
  readonly urn: string;
  readonly viewer: PdfViewer;
  private joined: JoinedPdfText | null = null;
  private references: Reference[] = [];
  private index: ReferenceIndex | null = null;
  private readonly notes = new Map<string, Note>();
  private readonly anchors = new Map<string, { start: number; end: number }>();
  private readonly highlighter = createHighlighter();
  private readonly find = new Highlight();
  private readonly findActive = new Highlight();
  private matches: number[] = [];
  private query = '';
  private activeMatch = -1;
  private closed = false;

  constructor(
    readonly doc: PDFDocumentProxy,
    container: HTMLElement,
    firstPageSize: { width: number; height: number },
    readonly title: string,
    private readonly events: SessionEvents,
  ) {
    this.urn = pdfUrn(doc.fingerprints[0] ?? 'unknown');
    this.findActive.priority = 1;
    CSS.highlights.set(FIND_HIGHLIGHT, this.find);
    CSS.highlights.set(FIND_ACTIVE_HIGHLIGHT, this.findActive);
    this.viewer = new PdfViewer(container, doc, firstPageSize, {
      rendered: () => this.redraw(),
      released: () => {
        this.redraw();
        events.layoutChanged();
      },
      pageChanged: (index) => events.pageChanged(index),
    });
  }

  get text(): JoinedPdfText | null {
    return this.joined;
  }

  /** Reads every page's text, then detects references and anchors notes over the whole. */
  async readText(): Promise<void> {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= this.doc.numPages; number++) {
      const page = await this.doc.getPage(number);
      const content = await page.getTextContent();
      if (this.closed) return;
      pages.push(pageText(content, page.view));
      this.viewer.setPageSize(number - 1, { width: page.view[2]! - page.view[0]!, height: page.view[3]! - page.view[1]! });
      // The text is kept; the page's parsed resources are not (500 pages must not stay in memory).
      page.cleanup();
      if (number % 10 === 0 || number === this.doc.numPages) this.events.progress(number, this.doc.numPages);
    }
    const joined = joinPdfText(pages);
    this.joined = joined;
    // User Timing marks for the PDF bench (scripts/bench/pdf.bench.ts).
    performance.mark('policy-lens:pdf-text');
    if (joined.text.trim()) {
      const matcher = buildMatcher(await ask({ type: 'matcher-source' }));
      const state = createPageState(matcher);
      this.references = detectIncremental(matcher, joined.text, state);
      // A PDF that reprints a held document: read again knowing it, for its clause headings.
      if (state.reprinted.length) this.references = detect(matcher, joined.text, { reprintedDocumentIds: state.reprinted });
      await this.loadNotes();
    }
    if (this.closed) return;
    performance.mark('policy-lens:pdf-detected');
    this.redraw();
    this.events.textReady(joined, this.references.length);
  }

  close(): void {
    this.closed = true;
    this.index?.hide();
    this.highlighter.clear();
    this.find.clear();
    this.findActive.clear();
    this.viewer.destroy();
    void this.doc.destroy();
  }

  /** The reference drawn under a viewport point. */
  referenceAt(x: number, y: number): PlacedReference | null {
    return this.index?.at(x, y) ?? null;
  }

  noteAt(x: number, y: number): Note | null {
    const id = this.highlighter.notesAt(x, y).at(-1);
    return (id !== undefined && this.notes.get(id)) || null;
  }

  note(id: string): Note | undefined {
    return this.notes.get(id);
  }

  /** A note's drawn range, to place its card. */
  noteRange(id: string): Range | null {
    const at = this.anchors.get(id);
    return at ? this.range(at.start, at.end) : null;
  }

  setActiveNote(id: string | null): void {
    this.highlighter.setActive(id);
  }

  /** The text offsets a selection in the text layers covers, trimmed of spaces; null outside them. */
  selectionOffsets(range: Range): { start: number; end: number } | null {
    const joined = this.joined;
    if (!joined) return null;
    let start = this.boundary(range.startContainer, range.startOffset, false);
    let end = this.boundary(range.endContainer, range.endOffset, true);
    if (start === null || end === null) return null;
    while (start < end && /\s/.test(joined.text[start]!)) start++;
    while (end > start && /\s/.test(joined.text[end - 1]!)) end--;
    return end > start ? { start, end } : null;
  }

  /** Library ids (clause, else document) of the references overlapping text[start, end). */
  linkedIds(start: number, end: number): string[] {
    const ids = new Set<string>();
    for (const reference of this.references) {
      const id = reference.clauseId ?? reference.documentId;
      if (id && reference.start < end && reference.end > start) ids.add(id);
    }
    return [...ids];
  }

  async createNote(start: number, end: number, fields: Pick<Note, 'comment' | 'tags'>, clauseIds: string[]): Promise<Note> {
    const joined = this.joined!;
    const note = await ask({ type: 'save-note', note: newNote({ url: this.urn, pageTitle: this.title, text: joined.text }, start, end, fields, clauseIds) });
    this.notes.set(note.id, note);
    this.anchors.set(note.id, { start, end });
    this.redraw();
    return note;
  }

  async updateNote(note: Note, fields: Pick<Note, 'comment' | 'tags'>): Promise<Note> {
    const saved = await ask({ type: 'save-note', note: { ...note, ...fields, updated: new Date().toISOString() } });
    this.notes.set(saved.id, saved);
    return saved;
  }

  async deleteNote(id: string): Promise<void> {
    await ask({ type: 'delete-note', id });
    this.notes.delete(id);
    this.anchors.delete(id);
    this.highlighter.remove(id);
  }

  /** Finds `query` in the whole text (case folded); returns the number of matches and shows the first. */
  findText(query: string): number {
    const joined = this.joined;
    this.query = query;
    this.matches = [];
    if (joined && query) {
      const haystack = joined.text.toLowerCase();
      const needle = query.toLowerCase();
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) this.matches.push(at);
    }
    this.activeMatch = this.matches.length ? 0 : -1;
    this.showMatch();
    return this.matches.length;
  }

  /** Moves to the next (or previous) match; returns its 0-based number. */
  findNext(backwards = false): number {
    if (!this.matches.length) return -1;
    this.activeMatch = (this.activeMatch + (backwards ? -1 : 1) + this.matches.length) % this.matches.length;
    this.showMatch();
    return this.activeMatch;
  }

  private showMatch(): void {
    const at = this.matches[this.activeMatch];
    if (at !== undefined && this.joined) {
      const where = locateOffset(this.joined, at, false);
      if (where) {
        const div = this.viewer.textDiv(where.page, where.item);
        if (div) div.scrollIntoView({ block: 'center' });
        else this.viewer.goTo(where.page);
      }
    }
    this.redraw();
  }

  private async loadNotes(): Promise<void> {
    const notes = await ask({ type: 'notes-for-page', url: this.urn });
    const results: { id: string; orphaned: boolean }[] = [];
    for (const note of notes) {
      this.notes.set(note.id, note);
      const found = anchor(this.joined!.text, note);
      if (found) this.anchors.set(note.id, { start: found.start, end: found.end });
      results.push({ id: note.id, orphaned: !found });
    }
    if (results.length) await ask({ type: 'report-anchoring', url: this.urn, results }).catch(() => undefined);
  }

  /** Draws references, notes and find matches on the pages whose text layers are there. */
  private redraw(): void {
    if (!this.joined) return;
    const placed: PlacedReference[] = [];
    for (const reference of this.references) {
      const range = this.range(reference.start, reference.end);
      if (range) placed.push({ reference, range });
    }
    void ReferenceIndex.build(placed, () => Promise.resolve()).then((index) => {
      if (this.closed) return;
      this.index?.hide();
      index.show();
      this.index = index;
    });
    this.highlighter.clear();
    for (const [id, at] of this.anchors) {
      const range = this.range(at.start, at.end);
      if (range) this.highlighter.draw(id, range);
    }
    this.find.clear();
    this.findActive.clear();
    this.matches.forEach((at, i) => {
      const range = this.range(at, at + this.query.length);
      if (range) (i === this.activeMatch ? this.findActive : this.find).add(range);
    });
  }

  /**
   * A DOM range over text[start, end) as far as its pages are drawn (a span across a page
   * break whose other page is not drawn covers the drawn part); null when none is.
   */
  private range(start: number, end: number): Range | null {
    const joined = this.joined!;
    const drawn = splitByPage(joined, start, end).filter((part) => this.viewer.textDiv(part.page, 0) !== undefined);
    const first = drawn[0];
    const last = drawn.at(-1);
    if (!first || !last) return null;
    const from = this.point(first.start, false);
    const to = this.point(last.end, true);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    return range.collapsed ? null : range;
  }

  private point(offset: number, preferEnd: boolean): [Node, number] | null {
    const where = locateOffset(this.joined!, offset, preferEnd);
    const node = where && this.viewer.textDiv(where.page, where.item)?.firstChild;
    return node && where ? [node, Math.min(where.offset, node.textContent?.length ?? 0)] : null;
  }

  /** The text offset of a selection boundary in a text layer. */
  private boundary(container: Node, offset: number, isEnd: boolean): number | null {
    const joined = this.joined!;
    if (container.nodeType === Node.TEXT_NODE) {
      const at = this.viewer.itemOf(container);
      return at ? offsetOfItem(joined, at.page, at.item, offset) : null;
    }
    const own = this.viewer.itemOf(container);
    if (own) return offsetOfItem(joined, own.page, own.item, offset === 0 ? 0 : Infinity);
    // A boundary between elements: the nearest text item after it (start) or before it (end).
    let node: Node | null = isEnd ? (container.childNodes[offset - 1] ?? null) : (container.childNodes[offset] ?? null);
    while (node) {
      const at = this.viewer.itemOf(node);
      const text = at && offsetOfItem(joined, at.page, at.item, isEnd ? Infinity : 0);
      if (text !== null && text !== undefined) return text;
      node = isEnd ? node.previousSibling : node.nextSibling;
    }
    return null;
  }
}
