import type { ReactElement } from 'react';
import type { Root } from 'react-dom/client';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { BodyObserver, type BodyWatch } from './body-observer';
import { HoverIntent } from './hover-intent';
import { isSubframe } from './frame-gate';
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
  /** The body and the open shadow roots of page components whose text is read. */
  private readonly body = new BodyObserver();
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private making: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;

  private constructor(private readonly ctx: ContentScriptContext) {
    addEventListener('pointermove', this.hover.onPointerMove, { passive: true, signal: this.events.signal });
    // A frame's pointer can leave for the page around it while resting on nothing here yet.
    if (isSubframe()) addEventListener('pointerout', this.hover.onPointerLeave, { passive: true, signal: this.events.signal });
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
   * Calls `watch.onChange` with the nodes that changed (added nodes, edited text, parents that
   * lost children) once the page's body has stopped changing for `quietMs`, or after
   * 4 × `quietMs` on a page that never stops (a ticking clock must not starve it); returns the
   * disconnection. One observer serves every caller (see body-observer.ts, which also leaves
   * out elements that change all the time and that every caller calls `ignorable`). The
   * surface hangs off <html>, outside the body, so drawing it does not count.
   */
  watchBody(watch: BodyWatch): () => void {
    this.body.addRoot(document.body);
    return this.body.watch(watch);
  }

  /** Watches a page component's open shadow root as part of the body (see watchBody). */
  watchShadowRoot(shadow: ShadowRoot): void {
    this.body.addRoot(shadow);
  }

  /** The open shadow roots watched so far, for hit tests that must reach into them. */
  get watchedShadowRoots(): ShadowRoot[] {
    return this.body.shadowRoots;
  }

  /** Takes everything off the page: UI, listeners, observer, timers. */
  remove(): void {
    this.events.abort();
    this.hover.cancel();
    this.body.remove();
    for (const root of this.roots.splice(0)) root.unmount();
    this.ui?.remove();
  }
}
