import type { ContentScriptContext } from '#imports';
import { createPageState, detectIncremental, type PageState } from '@/lib/detect/detect';
import { buildMatcher, type Matcher } from '@/lib/detect/matcher';
import { HoverIntent } from './hover-intent';
import { ask } from './messaging';
import { adoptStyleSheet, observeBody, reporter } from './page-hooks';
import { changedBlocks, locate, textChunks } from './page-text';
import { HIGHLIGHT_KNOWN, HIGHLIGHT_UNKNOWN, ReferenceIndex, type PlacedReference } from './reference-index';
import { ReferencePopover } from './reference-popover';

const DWELL_MS = 150;
const LINGER_MS = 300;
const RESCAN_MS = 600;
/** Past this many changed blocks a page is read again whole. */
const MAX_CHANGED_BLOCKS = 64;
const report = reporter('references');

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_KNOWN}) { text-decoration: underline dotted #0a58ca; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_UNKNOWN}) { text-decoration: underline dotted #9a6700; text-decoration-thickness: 1px; text-underline-offset: 3px; }
`;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Policy references on the page: found in chunks without blocking the page, underlined,
 * re-found when the page changes, explained in a popover on hover, caret or focus.
 */
export class ReferenceLayer {
  private matcher: Matcher | null = null;
  private references: ReferenceIndex | null = null;
  /** What the last whole-page scan learnt (short forms, reprinted documents), for rescans of parts. */
  private state: PageState | null = null;
  private scanGeneration = 0;
  private running = false;
  /** Undoes what start() did to the page. */
  private cleanups: (() => void)[] = [];
  private readonly popover: ReferencePopover;
  private readonly intent: HoverIntent<PlacedReference>;

  constructor(ctx: ContentScriptContext) {
    this.intent = new HoverIntent<PlacedReference>({
      find: (x, y) => this.references?.at(x, y) ?? null,
      open: (placed) => this.popover.show(placed),
      close: () => this.popover.close(),
      dwellMs: DWELL_MS,
      lingerMs: LINGER_MS,
    });
    this.popover = new ReferencePopover(ctx, {
      shown: (placed) => this.intent.shownNow(placed),
      surfaceEnter: this.intent.surfaceEnter,
      surfaceLeave: this.intent.surfaceLeave,
    });
    ctx.onInvalidated(() => this.stop());
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.matcher ??= buildMatcher(await ask({ type: 'matcher-source' }));
    await this.popover.loadScript();
    this.cleanups.push(adoptStyleSheet(HIGHLIGHT_CSS));
    await this.scan();
    this.cleanups.push(observeBody((changed) => this.rescan(changed).catch(report), RESCAN_MS));
    const events = new AbortController();
    const signal = events.signal;
    this.cleanups.push(() => events.abort());
    addEventListener('pointermove', this.intent.onPointerMove, { passive: true, signal });
    addEventListener('keydown', (e) => e.key === 'Escape' && this.popover.close(), { signal, capture: true });
    document.addEventListener('selectionchange', () => this.onSelectionChange(), { signal });
    document.addEventListener('focusin', (e) => this.onFocusIn(e), { signal });
    // Only the document's own scroll moves references away from the popover.
    document.addEventListener('scroll', () => this.popover.close(), { passive: true, signal });
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.scanGeneration++;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
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
      const id = reference.clauseId ?? reference.documentId;
      const overlaps = range.compareBoundaryPoints(Range.START_TO_END, placed) > 0 && range.compareBoundaryPoints(Range.END_TO_START, placed) < 0;
      if (id && overlaps) ids.add(id);
      if (reference.kind === 'heading' && range.compareBoundaryPoints(Range.START_TO_START, placed) >= 0) heading = reference.clauseId;
    }
    if (ids.size === 0 && heading) ids.add(heading);
    return [...ids];
  }

  /**
   * Detects references chunk by chunk, yielding to the page between chunks. When the page
   * turns out to reprint held documents, a second pass marks the clause headings that were
   * read before that was known.
   */
  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const matcher = this.matcher!;
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
    const blocks = this.references && this.state ? changedBlocks(changed, document.body) : null;
    if (!blocks || blocks.length > MAX_CHANGED_BLOCKS || !this.references || !this.state) return this.scan();
    const generation = ++this.scanGeneration;
    const fresh: PlacedReference[] = [];
    for (const block of blocks) {
      const found = await this.scanOnce(block, this.state, generation);
      if (!found) return;
      fresh.push(...found);
    }
    const kept = this.references.all.filter(
      ({ range }) => range.startContainer.isConnected && range.endContainer.isConnected && !blocks.some((block) => block.contains(range.commonAncestorContainer)),
    );
    await this.draw([...kept, ...fresh], generation, this.state);
  }

  /** Replaces the drawn references with `found` once they are all placed. */
  private async draw(found: PlacedReference[], generation: number, state: PageState): Promise<void> {
    const index = await ReferenceIndex.build(found, yieldToPage);
    if (generation !== this.scanGeneration) return;
    index.show();
    this.references = index;
    this.state = state;
  }

  /** One pass over `root`; null when a newer scan or stop() overtook it. */
  private async scanOnce(root: Node, state: PageState, generation: number): Promise<PlacedReference[] | null> {
    const found: PlacedReference[] = [];
    for (const chunk of textChunks(root)) {
      for (const reference of detectIncremental(this.matcher!, chunk.text, state)) {
        const range = document.createRange();
        range.setStart(...locate(chunk, reference.start, false));
        range.setEnd(...locate(chunk, reference.end, true));
        found.push({ reference, range });
      }
      await yieldToPage();
      if (generation !== this.scanGeneration) return null;
    }
    return found;
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
