import { loadScriptPreference, saveScriptPreference } from '@/components/script-preference';
import type { Script } from '@/lib/script';
import type { Slot } from './page-surface';
import type { PlacedReference } from './reference-index';
import type { Reference } from '@/lib/detect/reference';
import type { ElsewherePopover } from './frame-popover';
import type { Box } from '@/components/place';

export interface PopoverCallbacks {
  /** The popover opened (a reference) or closed (null). */
  shown(placed: PlacedReference | null): void;
  surfaceEnter(): void;
  surfaceLeave(): void;
}

/**
 * The explanation of one reference, in the page surface's closed shadow root, outside the
 * page's layout. What it looks like is content-ui.js's (see ui-kit.ts); this keeps which
 * reference is shown and in which script.
 */
export class ReferencePopover {
  private placed: PlacedReference | null = null;
  private script: Script = 'original';
  /** Each show is a new popover: its state (loaded view, expanded parts) starts afresh. */
  private shows = 0;
  /**
   * Set once the page's library part is loaded: the clause texts shown link their own
   * citations. Null while the part of the library a text names is still on its way; the
   * popover is drawn again once it is here.
   */
  findReferences: ((text: string, ready: () => void) => Reference[] | null) | undefined;

  constructor(
    private readonly slot: Slot,
    private readonly callbacks: PopoverCallbacks,
    /** In a frame too small for it, the top window shows the popover (frame-popover.ts). */
    private readonly elsewhere?: ElsewherePopover,
  ) {}

  /** The reader's remembered 简/繁 choice. */
  async loadScript(): Promise<void> {
    this.script = await loadScriptPreference();
  }

  get current(): PlacedReference | null {
    return this.placed;
  }

  close(): void {
    const wasShown = this.placed !== null;
    this.placed = null;
    if (wasShown) this.slot.render(null);
    this.elsewhere?.close();
    this.callbacks.shown(null);
  }

  show(placed: PlacedReference): void {
    this.placed = placed;
    this.callbacks.shown(placed);
    const rect = placed.range.getBoundingClientRect();
    const anchor = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    const show = ++this.shows;
    if (this.elsewhere?.takes()) {
      this.slot.render(null);
      // Shown here after all when the top window cannot (still this reference, still wanted).
      const gone = () => this.placed === placed && this.close();
      void this.elsewhere.show(placed.reference, anchor, gone).then((shown) => !shown && this.shows === show && this.placed === placed && this.showHere(placed, anchor, show));
      return;
    }
    this.elsewhere?.close();
    this.showHere(placed, anchor, show);
  }

  private showHere(placed: PlacedReference, anchor: Box, show: number): void {
    const find = this.findReferences;
    const findReferences = find && ((text: string) => find(text, () => this.placed === placed && this.shows === show && render()) ?? []);
    const render = (): void =>
      this.slot.render((kit) =>
        kit.referencePopoverView({
          show,
          anchor,
          reference: placed.reference,
          script: this.script,
          onScriptChange: (script) => {
            this.script = script;
            void saveScriptPreference(script);
            render();
          },
          onClose: () => this.close(),
          onPointerEnter: this.callbacks.surfaceEnter,
          onPointerLeave: this.callbacks.surfaceLeave,
          findReferences,
        }),
      );
    render();
  }
}
