/** Something on the page the pointer can rest on to open a popup: references, note highlights. */
export interface HoverSource<T> {
  /** What is under the viewport point, if anything worth opening. */
  find(x: number, y: number): T | null;
  /** When true the pointer is ignored for this source (a form is open, say). */
  paused?(): boolean;
  open(item: T): void;
  close(): void;
}

type Hit = { source: HoverSource<unknown>; item: unknown };

/**
 * Pointer intent for every in-page popup, one for the page: open what the pointer has rested
 * on for `dwellMs`, keep it while the pointer is on it or on its popup, close it `lingerMs`
 * after the pointer left both. Sources are asked in the order they were added; only one
 * popup opened by the pointer is shown at a time. Pointer work runs once per animation frame,
 * and only for the reader's own pointer (`isTrusted`): a page's synthetic events open nothing.
 */
export class HoverIntent {
  private readonly sources: HoverSource<unknown>[] = [];
  private frame = 0;
  private dwellTimer = 0;
  private lingerTimer = 0;
  private overSurface = false;
  private shown: Hit | null = null;

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
    if (this.frame || !event.isTrusted) return;
    const { clientX: x, clientY: y } = event;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.overSurface) return;
      const hit = this.find(x, y);
      if (hit && this.shown && hit.source === this.shown.source && hit.item === this.shown.item) return clearTimeout(this.lingerTimer);
      clearTimeout(this.dwellTimer);
      if (hit) this.dwellTimer = window.setTimeout(() => this.open(hit), this.timing.dwellMs);
      else if (this.shown !== null) this.lingerClose();
    });
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
