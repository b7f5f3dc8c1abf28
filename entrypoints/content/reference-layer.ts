import { createPageState, detectIncremental, mayHoldReference, type PageState } from '@/lib/detect/detect';
import type { Matcher } from '@/lib/detect/matcher';
import type { HoverSource } from './hover-intent';
import { forgetLibraryDigest, PageMatcher } from './page-matcher';
import { adoptStyleSheet, reporter } from './page-hooks';
import { isSubframe } from './frame-gate';
import { blockAround, changedBlocks, locate, textChunks } from './page-text';
import type { PageSurface } from './page-surface';
import { HIGHLIGHT_KNOWN, HIGHLIGHT_UNKNOWN, ReferenceIndex, type PlacedReference } from './reference-index';
import { ReferencePopover } from './reference-popover';
import { topWindowPopover } from './frame-popover';
import type { PageReference } from '@/lib/page-references';
import { pageReferenceCommand } from './commands';
import { keepSameReferences } from './same-references';

const RESCAN_MS = 600;
/** Past this many changed blocks a page is read again whole. */
const MAX_CHANGED_BLOCKS = 64;
const report = reporter('references');

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_KNOWN}) { text-decoration: underline dotted #0a58ca; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_UNKNOWN}) { text-decoration: underline dotted #9a6700; text-decoration-thickness: 1px; text-underline-offset: 3px; }
`;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The library changed (a user document added or removed): the next start asks again. */
export function forgetMatcher(): void {
  forgetLibraryDigest();
}

/**
 * Page order of two references, one of which may lie in a component's open shadow root: ranges
 * in different trees cannot be compared directly, so their hosts in the document are.
 */
function pageOrder(a: PlacedReference, b: PlacedReference): number {
  if (a.range.startContainer.getRootNode() === b.range.startContainer.getRootNode()) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  const outer = (node: Node): Node => {
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
    return node;
  };
  const [x, y] = [outer(a.range.startContainer), outer(b.range.startContainer)];
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The same reference at the same place, found by two scans (a rescan builds new objects). */
function samePlace(a: PlacedReference, b: PlacedReference): boolean {
  const [x, y] = [a.range, b.range];
  return (
    a.reference.text === b.reference.text &&
    x.startContainer === y.startContainer && x.startOffset === y.startOffset &&
    x.endContainer === y.endContainer && x.endOffset === y.endOffset
  );
}

/**
 * Whether a reference's text left the page. Its live range starts and ends in text nodes; when
 * one of them is removed (a banner's innerHTML replaced, a feed's oldest block dropped), the
 * boundary moves to the removed subtree's parent, an element, which stays on the page.
 */
function removed(range: Range): boolean {
  const { startContainer: start, endContainer: end } = range;
  return !(start instanceof Text && end instanceof Text && start.isConnected && end.isConnected);
}

/** Runs `cleanup` when `signal` aborts, or now if it already has. */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  if (signal.aborted) cleanup();
  else signal.addEventListener('abort', cleanup, { once: true });
}

/**
 * Policy references on the page: found in chunks without blocking the page, underlined,
 * re-found when the page changes, explained in a popover on hover, caret or focus.
 * One instance serves one activation: everything start() sets up is undone when its signal
 * aborts, however far start() had got, so switching a site off and on never leaves a second
 * set of observers behind.
 */
export class ReferenceLayer {
  /** The page's part of the library; null while the page names nothing it could hold. */
  private matcher: Matcher | null = null;
  private readonly library = new PageMatcher();
  /** The part for the library texts the popover shows, apart: widening it does not read the page again. */
  private readonly shownLibrary = new PageMatcher();
  private references: ReferenceIndex | null = null;
  /** What the last whole-page scan learnt (short forms, reprinted documents), for rescans of parts. */
  private state: PageState | null = null;
  private scanGeneration = 0;
  private readonly styledRoots = new WeakSet<ShadowRoot>();
  private readonly popover: ReferencePopover;
  private readonly hoverSource: HoverSource<PlacedReference>;

  constructor(
    private readonly surface: PageSurface,
    private readonly signal: AbortSignal,
  ) {
    this.hoverSource = {
      find: (x, y) => {
        const placed = this.references?.at(x, y, surface.watchedShadowRoots) ?? null;
        // The pointer is on a reference: the popover's UI loads during the dwell, if not yet.
        if (placed) surface.prepare({ now: true });
        return placed;
      },
      open: (placed) => this.popover.show(placed),
      close: () => this.popover.close(),
      same: samePlace,
    };
    // In a frame too small for the popover, the top window shows it (frame-popover.ts).
    const elsewhere = topWindowPopover(signal);
    this.popover = new ReferencePopover(surface.slot(), {
      shown: (placed) => surface.hover.shownNow(this.hoverSource, placed),
      surfaceEnter: surface.hover.surfaceEnter,
      surfaceLeave: surface.hover.surfaceLeave,
    }, elsewhere);
    onAbort(signal, () => this.stop());
  }

  /** The page's detector once loaded, for popovers shown on behalf of frames (frame-popover.ts). */
  get findReferences(): ReferencePopover['findReferences'] {
    return this.popover.findReferences;
  }

  async start(): Promise<void> {
    const { signal, surface } = this;
    await Promise.all([this.library.prepare(), this.shownLibrary.prepare(), this.popover.loadScript()]);
    if (signal.aborted) return;
    this.popover.findReferences = (text, ready) => this.shownLibrary.find(text, ready);
    onAbort(signal, adoptStyleSheet(HIGHLIGHT_CSS));
    await this.scan();
    if (signal.aborted) return;
    onAbort(
      signal,
      surface.watchBody({
        onChange: (changed) => this.rescan(changed).catch(report),
        quietMs: RESCAN_MS,
        // A block where no reference can start (a clock's digits) holds none and changes none.
        ignorable: (element) => this.holdsNothing(blockAround(element)),
      }),
    );
    onAbort(signal, surface.hover.add(this.hoverSource));
    addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.popover.close(), { signal, capture: true });
    document.addEventListener('selectionchange', () => this.onSelectionChange(), { signal });
    document.addEventListener('focusin', (e) => this.onFocusIn(e), { signal });
    // Only the document's own scroll moves references away from the popover.
    document.addEventListener('scroll', () => this.popover.close(), { passive: true, signal });
    // The popup's 本页引用 list and the next-reference shortcut (lib/page-references.ts).
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return;
      const command = pageReferenceCommand(message);
      if (!command) return;
      if (command.type === 'list-references') return void sendResponse(this.listed());
      this.reveal(command.type === 'next-reference' ? 'next' : command.index);
    };
    // Answered by the top document only: every frame hears a message sent to the tab.
    if (isSubframe()) return;
    browser.runtime.onMessage.addListener(onMessage);
    onAbort(signal, () => browser.runtime.onMessage.removeListener(onMessage));
  }

  /** The references in page order: rescans add changed blocks at the end, so the index has none. */
  private ordered(): PlacedReference[] {
    return [...(this.references?.all ?? [])].sort(pageOrder);
  }

  private listed(): PageReference[] {
    return this.ordered().map(({ reference }) => ({
      text: reference.text,
      clauseId: reference.clauseId ?? null,
      documentId: reference.documentId ?? null,
      docNumber: reference.docNumber ?? null,
    }));
  }

  /**
   * Brings a reference into view and opens its popover: the `index`th in page order, or the one
   * after the open one ('next'; with none open, the first in the window), for keyboard readers.
   */
  private reveal(which: number | 'next'): void {
    const all = this.ordered();
    let index = which;
    if (which === 'next') {
      const at = this.popover.current ? all.indexOf(this.popover.current) : -1;
      index = at >= 0 ? (at + 1) % all.length : Math.max(0, all.findIndex((p) => p.range.getBoundingClientRect().top >= 0));
    }
    const placed = all[index as number];
    if (!placed) return;
    const rect = placed.range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= innerHeight) return this.popover.show(placed);
    placed.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // The document's scroll closes popovers: open this one once the scroll is done.
    setTimeout(() => !this.signal.aborted && this.popover.show(placed), 150);
  }

  private stop(): void {
    this.scanGeneration++;
    this.popover.close();
    this.references?.hide();
    this.references = null;
    this.state = null;
  }

  /**
   * Library ids (the clause, else the document) named by detected references overlapping
   * `range`; failing those, on a page that reprints a held document, the clause whose printed
   * heading comes last before the range: the passage is part of it.
   */
  linkedIds(range: Range): string[] {
    const ids = new Set<string>();
    let heading: string | undefined;
    for (const { reference, range: placed } of this.references?.all ?? []) {
      // Ranges in different trees (a component's shadow root) cannot be compared, nor overlap.
      if (placed.startContainer.getRootNode() !== range.startContainer.getRootNode()) continue;
      const id = reference.clauseId ?? reference.documentId;
      const overlaps = range.compareBoundaryPoints(Range.START_TO_END, placed) > 0 && range.compareBoundaryPoints(Range.END_TO_START, placed) < 0;
      if (id && overlaps) ids.add(id);
      if (reference.kind === 'heading' && range.compareBoundaryPoints(Range.START_TO_START, placed) >= 0) heading = reference.clauseId;
    }
    if (ids.size === 0 && heading) ids.add(heading);
    return [...ids];
  }

  /**
   * Whether a block can hold no reference (a clock's digits): read with the matcher once the
   * page has one, else against the library's digest, which is all a page naming nothing gets.
   */
  private holdsNothing(block: Node): boolean {
    if (this.matcher && this.state) return !mayHoldReference(this.matcher, this.state, block.textContent ?? '');
    return block instanceof Element && this.library.namesNothing(block);
  }

  /**
   * Detects references chunk by chunk, yielding to the page between chunks. When the page
   * turns out to reprint held documents, a second pass marks the clause headings that were
   * read before that was known.
   */
  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    // What the library could name here is read first: a page that names nothing gets no matcher.
    if (this.library.namesNothing(document.body)) {
      // A page that had references and lost them all (a single-page app's next view) is drawn empty.
      if (this.matcher) await this.draw([], generation, createPageState(this.matcher));
      return;
    }
    if (!(await this.readNeeds([document.body], generation))) return;
    const matcher = await this.library.current();
    if (generation !== this.scanGeneration || this.signal.aborted) return;
    this.matcher = matcher;
    if (!matcher) return;
    let state = createPageState(matcher);
    let found = await this.scanOnce(document.body, state, generation);
    if (found && state.reprinted.length) {
      state = createPageState(matcher, { reprintedDocumentIds: state.reprinted });
      found = await this.scanOnce(document.body, state, generation);
    }
    if (found) await this.draw(found, generation, state);
  }

  /**
   * After the page changed, reads again only the blocks that changed and keeps the references
   * elsewhere: a ticking clock or a live feed costs its own paragraphs, not the whole page.
   */
  private async rescan(changed: Set<Node>): Promise<void> {
    const blocks = !this.matcher || (this.references && this.state) ? changedBlocks(changed, document.body) : null;
    if (!blocks || blocks.length > MAX_CHANGED_BLOCKS) return this.scan();
    const generation = ++this.scanGeneration;
    // New text may name more of the library: then the page is read again with the wider part.
    if (!(await this.readNeeds(blocks, generation))) return;
    const matcher = await this.library.current();
    if (generation !== this.scanGeneration || this.signal.aborted) return;
    if (matcher !== this.matcher) return this.scan();
    if (!this.references || !this.state) return;
    const fresh: PlacedReference[][] = [];
    for (const block of blocks) {
      const found = await this.scanOnce(block, this.state, generation);
      if (!found) return;
      fresh.push(found);
    }
    if (generation !== this.scanGeneration || this.signal.aborted) return;
    const gone = this.references.all.filter(({ range }) => removed(range) || blocks.some((block) => block.contains(range.commonAncestorContainer)));
    // A change that neither removed nor brought a reference (a clock's digits, text outside
    // any reference) leaves the drawn index as it is: nothing rebuilt, nothing re-anchored.
    if (gone.length === 0 && fresh.every((found) => found.length === 0)) return;
    // The references of the changed blocks change in place; the rest of the page's stay drawn.
    this.references.replace(gone, fresh.flat());
  }

  /** Replaces the drawn references with `found` once they are all placed. */
  private async draw(found: PlacedReference[], generation: number, state: PageState): Promise<void> {
    const index = await ReferenceIndex.build(keepSameReferences(found, this.references?.all ?? []), yieldToPage);
    if (generation !== this.scanGeneration || this.signal.aborted) return;
    index.show();
    this.references = index;
    this.state = state;
  }

  /** Reads `roots` for what the library could name in them; false when a newer scan or stop() overtook it. */
  private async readNeeds(roots: Node[], generation: number): Promise<boolean> {
    for (const root of roots) {
      for (const chunk of textChunks(root, undefined, (shadow) => this.meetShadowRoot(shadow))) {
        this.library.read(chunk.text);
        await yieldToPage();
        if (generation !== this.scanGeneration || this.signal.aborted) return false;
      }
    }
    return true;
  }

  /** One pass over `root`; null when a newer scan or stop() overtook it. */
  private async scanOnce(root: Node, state: PageState, generation: number): Promise<PlacedReference[] | null> {
    const found: PlacedReference[] = [];
    for (const chunk of textChunks(root, undefined, (shadow) => this.meetShadowRoot(shadow))) {
      for (const reference of detectIncremental(this.matcher!, chunk.text, state)) {
        const range = document.createRange();
        range.setStart(...locate(chunk, reference.start, false));
        range.setEnd(...locate(chunk, reference.end, true));
        found.push({ reference, range });
      }
      await yieldToPage();
      if (generation !== this.scanGeneration || this.signal.aborted) return null;
    }
    return found;
  }

  /** A page component's open shadow root: its text is underlined and its changes rescanned. */
  private meetShadowRoot(shadow: ShadowRoot): void {
    if (this.styledRoots.has(shadow) || this.signal.aborted) return;
    this.styledRoots.add(shadow);
    onAbort(this.signal, adoptStyleSheet(HIGHLIGHT_CSS, shadow));
    this.surface.watchShadowRoot(shadow);
  }

  /** Keyboard caret browsing into a reference opens it, without moving focus. */
  private onSelectionChange(): void {
    const selection = document.getSelection();
    if (!selection?.isCollapsed || !selection.anchorNode) return;
    const placed = this.references?.atCaret(selection.anchorNode, selection.anchorOffset);
    if (placed && placed !== this.popover.current) this.popover.show(placed);
  }

  /** Tabbing to a link (or any focusable element) that holds a reference opens it. */
  private onFocusIn(event: FocusEvent): void {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const placed = this.references?.all.find((p) => target.contains(p.range.commonAncestorContainer));
    if (placed && placed !== this.popover.current) this.popover.show(placed);
  }
}
