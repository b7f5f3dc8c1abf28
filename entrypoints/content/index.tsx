import '@/components/styles.css';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ShadowRootContentScriptUi } from '#imports';
import type { ContentScriptContext } from '#imports';
import { parseSettings, isActiveOn, SETTINGS_KEY } from '@/lib/settings';
import { buildMatcher, type Matcher } from '@/lib/detect/matcher';
import { createPageState, detectIncremental, type PageState } from '@/lib/detect/detect';
import { ScriptSchema, type Script } from '@/lib/script';
import { Popover, targetOf, type LibraryTarget, type PopoverContent, type PopoverTarget } from '@/components/Popover';
import { PopoverFrame } from '@/components/PopoverFrame';
import { ask } from './messaging';
import { locate, textChunks } from './page-text';
import { HIGHLIGHT_KNOWN, HIGHLIGHT_UNKNOWN, ReferenceIndex, type PlacedReference } from './reference-index';
import { startNotesLayer } from './notes/layer';

const DWELL_MS = 150;
const LINGER_MS = 300;
const RESCAN_MS = 600;
const SCRIPT_KEY = 'displayScript';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Nothing may escape into the page: every failure ends here, quietly.
    try {
      const controller = new PageController(ctx);
      startNotesLayer(ctx, { linkedIds: (range) => controller.linkedIds(range) }).catch(report);
      const apply = async () => {
        const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
        if (isActiveOn(settings, location.hostname)) await controller.start();
        else controller.stop();
      };
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && SETTINGS_KEY in changes) apply().catch(report);
      });
      await apply();
    } catch (error) {
      report(error);
    }
  },
});

function report(error: unknown): void {
  console.debug('[policy-lens]', error);
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_KNOWN}) { text-decoration: underline dotted #0a58ca; text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(${HIGHLIGHT_UNKNOWN}) { text-decoration: underline dotted #9a6700; text-decoration-thickness: 1px; text-underline-offset: 3px; }
`;

class PageController {
  private matcher: Matcher | null = null;
  private references: ReferenceIndex | null = null;
  private observer: MutationObserver | null = null;
  private sheet: CSSStyleSheet | null = null;
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private open: PlacedReference | null = null;
  private scanGeneration = 0;
  private dwellTimer = 0;
  private lingerTimer = 0;
  private rescanTimer = 0;
  private pointerFrame = 0;
  private overPopover = false;
  private script: Script = 'original';
  private readonly abort = new AbortController();
  private running = false;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.stop());
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.matcher ??= buildMatcher(await ask({ type: 'matcher-source' }));
    const stored = ScriptSchema.safeParse((await browser.storage.local.get(SCRIPT_KEY))[SCRIPT_KEY]);
    if (stored.success) this.script = stored.data;
    // A constructed sheet is not an inline <style>, so strict page CSPs do not block it.
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(HIGHLIGHT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    await this.scan();
    this.observer = new MutationObserver((mutations) => this.onMutations(mutations));
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const signal = this.abort.signal;
    addEventListener('pointermove', (e) => this.onPointerMove(e), { passive: true, signal });
    addEventListener('keydown', (e) => e.key === 'Escape' && this.close(), { signal, capture: true });
    document.addEventListener('selectionchange', () => this.onSelectionChange(), { signal });
    document.addEventListener('focusin', (e) => this.onFocusIn(e), { signal });
    // Only the document's own scroll moves references away from the popover.
    document.addEventListener('scroll', () => this.close(), { passive: true, signal });
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

  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.scanGeneration++;
    this.abort.abort();
    this.observer?.disconnect();
    this.close();
    this.references?.hide();
    this.references = null;
    if (this.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  /**
   * Detects references chunk by chunk, yielding to the page between chunks. When the page
   * turns out to reprint a held document, a second pass marks the clause headings that
   * were read before that was known.
   */
  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const matcher = this.matcher!;
    let state = createPageState(matcher);
    let found = await this.scanOnce(state, generation);
    if (found && state.reprinted.length) {
      state = createPageState(matcher, { reprintedDocumentIds: state.reprinted });
      found = await this.scanOnce(state, generation);
    }
    if (!found) return;
    const index = await ReferenceIndex.build(found, yieldToPage);
    if (generation !== this.scanGeneration) return;
    index.show();
    this.references = index;
  }

  /** One pass over the page; null when a newer scan or stop() overtook it. */
  private async scanOnce(state: PageState, generation: number): Promise<PlacedReference[] | null> {
    const found: PlacedReference[] = [];
    for (const chunk of textChunks(document.body, this.ui?.shadowHost ?? null)) {
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

  private onMutations(mutations: MutationRecord[]): void {
    const host = this.ui?.shadowHost;
    if (host && mutations.every((m) => host.contains(m.target))) return;
    clearTimeout(this.rescanTimer);
    this.rescanTimer = window.setTimeout(() => this.scan().catch(report), RESCAN_MS);
  }

  private onPointerMove(event: PointerEvent): void {
    if (this.pointerFrame) return;
    const { clientX: x, clientY: y } = event;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      if (this.overPopover) return;
      const placed = this.references?.at(x, y) ?? null;
      if (placed === this.open) {
        clearTimeout(this.lingerTimer);
        return;
      }
      clearTimeout(this.dwellTimer);
      if (placed) this.dwellTimer = window.setTimeout(() => this.show(placed), DWELL_MS);
      else if (this.open) this.lingerClose();
    });
  }

  private onSelectionChange(): void {
    const selection = document.getSelection();
    if (!selection?.isCollapsed || !selection.anchorNode) return;
    const placed = this.references?.atCaret(selection.anchorNode, selection.anchorOffset);
    if (placed && placed !== this.open) this.show(placed);
  }

  private onFocusIn(event: FocusEvent): void {
    const target = event.target;
    if (!(target instanceof Element) || this.ui?.shadowHost.contains(target)) return;
    const placed = this.references?.all.find((p) => target.contains(p.range.commonAncestorContainer));
    if (placed) this.show(placed);
  }

  private lingerClose(): void {
    clearTimeout(this.lingerTimer);
    this.lingerTimer = window.setTimeout(() => !this.overPopover && this.close(), LINGER_MS);
  }

  private close(): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.lingerTimer);
    this.open = null;
    this.overPopover = false;
    this.ui?.remove();
    this.ui = null;
  }

  private show(placed: PlacedReference): void {
    this.close();
    this.open = placed;
    const rect = placed.range.getBoundingClientRect();
    const anchor = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    const render = (root: Root) =>
      root.render(
        <PopoverFrame
          anchor={anchor}
          onPointerEnter={() => {
            this.overPopover = true;
            clearTimeout(this.lingerTimer);
          }}
          onPointerLeave={() => {
            this.overPopover = false;
            this.lingerClose();
          }}
        >
          <Popover
            target={targetOf(placed.reference)}
            load={load}
            script={this.script}
            onScriptChange={(script) => {
              this.script = script;
              void browser.storage.local.set({ [SCRIPT_KEY]: script });
              render(root);
            }}
            convert={(text, script) => ask({ type: 'convert', text, script })}
            onOpenLibrary={(target) => void ask({ type: 'open-library', target: libraryTarget(target) }).catch(report)}
            onClose={() => this.close()}
          />
        </PopoverFrame>,
      );
    void createShadowRootUi(this.ctx, {
      name: 'policy-lens-popover',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: (container) => {
        const root = createRoot(container);
        render(root);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    }).then((ui) => {
      if (this.open !== placed) return;
      this.ui = ui;
      ui.mount();
    }, report);
  }
}

function libraryTarget(target: LibraryTarget): string {
  return `${target.kind}=${target.id}`;
}

async function load(target: PopoverTarget): Promise<PopoverContent> {
  switch (target.kind) {
    case 'clause': {
      const view = await ask({ type: 'clause-view', clauseId: target.id });
      return view ? { kind: 'clause', view } : { kind: 'missing' };
    }
    case 'document': {
      const view = await ask({ type: 'document-view', documentId: target.id });
      return view ? { kind: 'document', view } : { kind: 'missing' };
    }
    case 'cited': {
      const view = await ask({ type: 'cited-view', citedId: target.id });
      return view ? { kind: 'cited', view } : { kind: 'missing' };
    }
    case 'unknown':
      return { kind: 'unknown', docNumber: target.docNumber };
  }
}
