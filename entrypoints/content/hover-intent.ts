/** Something on the page the pointer can rest on to open a popup: references, note highlights. */
export interface HoverSource<T> {
  /** What is under the viewport point, if anything worth opening. */
  find(x: number, y: number): T | null;
  /** When true the pointer is ignored for this source (a form is open, say). */
  paused?(): boolean;
  open(item: T): void;
  close(): void;
  /**
   * Whether two items found at different times are the same thing on the page: a rescan may
   * replace the object under a resting pointer with an equal one, which must not reopen it.
   */
  same?(a: T, b: T): boolean;
}

type Hit = { source: HoverSource<unknown>; item: unknown };

/**
 * Pointer intent for every in-page popup, one for the page: open what the pointer has rested
 * on for `dwellMs`, keep it while the pointer is on it or on its popup, close it `lingerMs`
 * after the pointer left both. Sources are asked in the order they were added; only one
 * popup opened by the pointer is shown at a time. Pointer work runs once per animation frame,
 * at the latest point the pointer reached in it, and only for the reader's own pointer
 * (`isTrusted`): a page's synthetic events open nothing. What opens after the dwell is what is
 * under the pointer then, so a rescan that replaced the page's references meanwhile (a ticking
 * clock's) neither loses the hover nor opens a stale item.
 */
export class HoverIntent {
  private readonly sources: HoverSource<unknown>[] = [];
  private frame = 0;
  private dwellTimer = 0;
  private lingerTimer = 0;
  private overSurface = false;
  private shown: Hit | null = null;
  /** Where the pointer last was, in viewport coordinates. */
  private x = 0;
  private y = 0;

  constructor(private readonly timing: { dwellMs: number; lingerMs: number }) {}

  /** Adds a source; returns its removal. */
  add<T>(source: HoverSource<T>): () => void {
    const added = source as HoverSource<unknown>;
    this.sources.push(added);
    return () => {
      this.sources.splice(this.sources.indexOf(added), 1);
      if (this.shown?.source === added) this.shownNow(added, null);
    };
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    if (!event.isTrusted) return;
    // Several moves in one frame: the last one is where the pointer rests.
    this.x = event.clientX;
    this.y = event.clientY;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.overSurface) return;
      const hit = this.find(this.x, this.y);
      if (hit && this.isShown(hit)) return clearTimeout(this.lingerTimer);
      clearTimeout(this.dwellTimer);
      if (hit) this.dwellTimer = window.setTimeout(() => this.dwelt(), this.timing.dwellMs);
      else if (this.shown !== null) this.lingerClose();
    });
  };

  /**
   * The pointer left this document (a frame's, for the page around it), which then hears no
   * more moves: what it last passed over must not open after it has gone.
   */
  readonly onPointerLeave = (event: PointerEvent): void => {
    if (!event.isTrusted || event.relatedTarget !== null) return;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.dwellTimer);
    if (this.shown !== null && !this.overSurface) this.lingerClose();
  };

  /** `source` opened `item` (by pointer, keyboard or click) or closed what it showed (null). */
  shownNow<T>(source: HoverSource<T>, item: T | null): void {
    const from = source as HoverSource<unknown>;
    if (item === null && this.shown && this.shown.source !== from) return;
    clearTimeout(this.dwellTimer);
    clearTimeout(this.lingerTimer);
    this.shown = item === null ? null : { source: from, item };
    this.overSurface = false;
  }

  readonly surfaceEnter = (): void => {
    this.overSurface = true;
    clearTimeout(this.lingerTimer);
  };

  readonly surfaceLeave = (): void => {
    this.overSurface = false;
    if (this.shown !== null) this.lingerClose();
  };

  /** Forgets pending work (the layers are stopping). */
  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.dwellTimer);
    clearTimeout(this.lingerTimer);
    this.shown = null;
    this.overSurface = false;
  }

  private find(x: number, y: number): Hit | null {
    for (const source of this.sources) {
      if (source.paused?.()) continue;
      const item = source.find(x, y);
      if (item !== null) return { source, item };
    }
    return null;
  }

  private isShown(hit: Hit): boolean {
    const shown = this.shown;
    return shown !== null && hit.source === shown.source && (hit.item === shown.item || (hit.source.same?.(hit.item, shown.item) ?? false));
  }

  /** The pointer rested for the dwell: opens what is under it now. */
  private dwelt(): void {
    if (this.overSurface) return;
    const hit = this.find(this.x, this.y);
    if (hit && !this.isShown(hit)) this.open(hit);
  }

  private open(hit: Hit): void {
    // The popup another source opened by the pointer gives way.
    if (this.shown && this.shown.source !== hit.source) this.shown.source.close();
    hit.source.open(hit.item);
  }

  private lingerClose(): void {
    clearTimeout(this.lingerTimer);
    this.lingerTimer = window.setTimeout(() => !this.overSurface && this.shown?.source.close(), this.timing.lingerMs);
  }
}
