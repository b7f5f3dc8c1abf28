import type { ReactElement } from 'react';
import type { Root } from 'react-dom/client';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { HoverIntent } from './hover-intent';
import { reporter } from './page-hooks';
import { loadedUiKit, loadUiKit, type UiKit } from './ui-kit';

const report = reporter('surface');

/**
 * What the reference and notes layers share on a page, so that there is one of each: one
 * shadow host for all the extension's UI, one body observer and one hover intent.
 *
 * The shadow root is closed: the page cannot read what is in it (a note's comment and tags)
 * or reach its buttons. Input events that bubble out of it stop at the root, so page scripts
 * listening on the document or window (site hotkeys, key loggers in the bubble phase) do not
 * hear what the reader types or clicks in it.
 *
 * React and the views are loaded only once the page needs them (see prepare()): a page the
 * extension has nothing to say about does not pay for them.
 */
export const SURFACE_HOST = 'policy-lens-ui';

const DWELL_MS = 150;
const LINGER_MS = 300;

/**
 * Bubbling input events kept inside the surface. Non-bubbling ones (focus, blur, pointerenter)
 * reach the host only as "something in the host", which the page can see anyway through
 * document.activeElement.
 */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'select',
  'compositionstart', 'compositionupdate', 'compositionend', 'focusin', 'focusout',
  'pointerdown', 'pointerup', 'pointermove', 'pointerover', 'pointerout', 'pointercancel',
  'mousedown', 'mouseup', 'mousemove', 'mouseover', 'mouseout', 'click', 'dblclick', 'auxclick', 'contextmenu',
  'wheel', 'touchstart', 'touchmove', 'touchend', 'touchcancel', 'copy', 'cut', 'paste', 'dragstart', 'drop',
] as const;

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** A view to show in a slot, built with the UI kit once it is loaded. */
export type View = (kit: UiKit) => ReactElement;

/** One layer's place in the surface; what it shows last wins, even while the kit loads. */
export interface Slot {
  render(view: View | null): void;
}

export class PageSurface {
  readonly hover = new HoverIntent({ dwellMs: DWELL_MS, lingerMs: LINGER_MS });
  private readonly roots: Root[] = [];
  private readonly events = new AbortController();
  private readonly watchers = new Set<BodyWatcher>();
  private observer: MutationObserver | null = null;
  /** Open shadow roots of page components whose text is read: watched like the body. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private making: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;

  private constructor(private readonly ctx: ContentScriptContext) {
    addEventListener('pointermove', this.hover.onPointerMove, { passive: true, signal: this.events.signal });
  }

  static async create(ctx: ContentScriptContext): Promise<PageSurface> {
    const surface = new PageSurface(ctx);
    // The host is made at once, though empty: one made while a popover opens lets the popover
    // settle later, under a pointer already on its way into it.
    await surface.host();
    return surface;
  }

  /**
   * Loads the UI kit, when the page is idle or (`now`) at once: called once the page turns out
   * to need it (the pointer is on a reference, the page has notes, the reader selects text),
   * so that it is ready by the time the pointer has rested or the selection settled. Pages
   * that are only read never load it.
   */
  prepare({ now = false } = {}): void {
    if (this.events.signal.aborted || loadedUiKit()) return;
    const load = () => void loadUiKit().catch(report);
    if (now) load();
    else if ('requestIdleCallback' in globalThis) requestIdleCallback(load, { timeout: 1000 });
    else setTimeout(load, 0);
  }

  /** The shadow host (its styles fetched), made once. */
  private host(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.making ??= createShadowRootUi(this.ctx, {
      name: SURFACE_HOST,
      mode: 'closed',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: (container) => container,
    }).then((ui) => {
      const { signal } = this.events;
      if (signal.aborted) throw new Error('surface removed');
      for (const type of ISOLATED_EVENTS) ui.shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.making;
  }

  /** A React root of its own in the surface, for one layer's popups, made when it first shows something. */
  slot(): Slot {
    let wanted: View | null = null;
    let root: Root | null = null;
    const draw = (kit: UiKit, ui: ShadowRootContentScriptUi<HTMLElement>, view: View) => {
      if (!root) {
        const container = document.createElement('div');
        ui.uiContainer.append(container);
        root = kit.createRoot(container);
        this.roots.push(root);
      }
      root.render(view(kit));
    };
    return {
      render: (view) => {
        wanted = view;
        if (!view) return root?.render(null);
        // Once loaded, drawn at once, as the pointer or caret asked for it.
        const kit = loadedUiKit();
        if (kit && this.ui) return draw(kit, this.ui, view);
        Promise.all([loadUiKit(), this.host()]).then(([kit, ui]) => {
          if (wanted === view && !this.events.signal.aborted) draw(kit, ui, view);
        }, report);
      },
    };
  }

  /** Whether an event happened in the extension's own UI. */
  owns(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.shadowHost);
  }

  /** Whether a page node is the extension's host (or inside it). */
  contains(node: Node): boolean {
    return this.ui !== null && this.ui.shadowHost.contains(node);
  }

  /**
   * Calls `onChange` with the nodes that changed (added nodes, edited text, parents that lost
   * children) once the page's body has stopped changing for `quietMs`, or after 4 × `quietMs`
   * on a page that never stops (a ticking clock must not starve it); returns the disconnection.
   * One observer serves every caller. The surface hangs off <html>, outside the body, so
   * drawing it does not count.
   */
  watchBody(onChange: (changed: Set<Node>) => void, quietMs: number): () => void {
    const watcher = new BodyWatcher(onChange, quietMs);
    this.watchers.add(watcher);
    if (!this.observer) {
      this.observer = new MutationObserver((records) => {
        const changed = changedNodes(records);
        for (const w of this.watchers) w.take(changed);
      });
      this.observer.observe(document.body, OBSERVED);
      for (const shadow of this.shadowRoots) this.observer.observe(shadow, OBSERVED);
    }
    return () => {
      watcher.cancel();
      this.watchers.delete(watcher);
      if (this.watchers.size === 0) {
        this.observer?.disconnect();
        this.observer = null;
      }
    };
  }

  /** Watches a page component's open shadow root as part of the body (see watchBody). */
  watchShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.observer?.observe(shadow, OBSERVED);
  }

  /** The open shadow roots watched so far, for hit tests that must reach into them. */
  get watchedShadowRoots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** Takes everything off the page: UI, listeners, observer, timers. */
  remove(): void {
    this.events.abort();
    this.hover.cancel();
    for (const watcher of this.watchers) watcher.cancel();
    this.watchers.clear();
    this.observer?.disconnect();
    this.observer = null;
    this.shadowRoots.clear();
    for (const root of this.roots.splice(0)) root.unmount();
    this.ui?.remove();
  }
}

/**
 * What the records changed, read once for every watcher. New children are what changed, not
 * their parent's other children; a removal changes the parent's text (its own references are
 * gone with the removed nodes). New or edited text is kept as its parent, which lies in the
 * same block: a replaced clock digit is not held after the next tick removes it.
 */
function changedNodes(records: readonly MutationRecord[]): Node[] {
  const changed: Node[] = [];
  for (const record of records) {
    const added = record.addedNodes;
    let textOnly = true;
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      if (node.nodeType === Node.TEXT_NODE) continue;
      textOnly = false;
      changed.push(node);
    }
    const target = record.target;
    if (textOnly) changed.push(target.nodeType === Node.TEXT_NODE ? (target.parentNode ?? target) : target);
  }
  return changed;
}

/**
 * One caller of watchBody: its own changed set and quiet timer over the shared observer.
 * A page that changes hundreds of times a second (a clock) costs one Set.add per mutation:
 * the timer is armed once and, when it fires too early, re-armed for what is left, never
 * cleared and set again per mutation (a timer set from the page's own timer callback is
 * clamped to 4 ms and, cleared by the next tick, seldom fired while the set grew).
 */
class BodyWatcher {
  private timer = 0;
  private pendingSince = 0;
  private lastChange = 0;
  private changed = new Set<Node>();

  constructor(
    private readonly onChange: (changed: Set<Node>) => void,
    private readonly quietMs: number,
  ) {}

  take(changed: readonly Node[]): void {
    for (const node of changed) this.changed.add(node);
    this.lastChange = performance.now();
    this.pendingSince ||= this.lastChange;
    if (!this.timer) this.timer = window.setTimeout(() => this.due(), this.quietMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    this.changed = new Set();
    this.pendingSince = 0;
  }

  /** Fires once the page has been quiet for quietMs, or 4 × quietMs after the first change. */
  private due(): void {
    const now = performance.now();
    const wait = Math.min(this.lastChange + this.quietMs, this.pendingSince + 4 * this.quietMs) - now;
    if (wait > 1) {
      this.timer = window.setTimeout(() => this.due(), wait);
      return;
    }
    this.timer = 0;
    this.pendingSince = 0;
    const nodes = this.changed;
    this.changed = new Set();
    this.onChange(nodes);
  }
}
