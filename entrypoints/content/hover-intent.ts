export interface HoverIntentOptions<T> {
  /** What is under the viewport point, if anything worth opening. */
  find(x: number, y: number): T | null;
  /** When true the pointer is ignored (a form is open, say). */
  paused?(): boolean;
  open(item: T): void;
  close(): void;
  dwellMs: number;
  lingerMs: number;
}

/**
 * Pointer intent for in-page popups: open what the pointer has rested on for `dwellMs`, keep
 * it while the pointer is on it or on its popup, close it `lingerMs` after the pointer left
 * both. Pointer work runs once per animation frame.
 */
export class HoverIntent<T> {
  private frame = 0;
  private dwellTimer = 0;
  private lingerTimer = 0;
  private overSurface = false;
  private shown: T | null = null;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  readonly onPointerMove = (event: PointerEvent): void => {
    if (this.frame) return;
    const { clientX: x, clientY: y } = event;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.overSurface || this.options.paused?.()) return;
      const item = this.options.find(x, y);
      if (item !== null && item === this.shown) return clearTimeout(this.lingerTimer);
      clearTimeout(this.dwellTimer);
      if (item !== null) this.dwellTimer = window.setTimeout(() => this.options.open(item), this.options.dwellMs);
      else if (this.shown !== null) this.lingerClose();
    });
  };

  /** The host opened `item` (by pointer, keyboard or click) or closed it (null). */
  shownNow(item: T | null): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.lingerTimer);
    this.shown = item;
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

  private lingerClose(): void {
    clearTimeout(this.lingerTimer);
    this.lingerTimer = window.setTimeout(() => !this.overSurface && this.options.close(), this.options.lingerMs);
  }
}
