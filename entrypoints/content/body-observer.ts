/**
 * The one mutation observer over the page's body (and the open shadow roots whose text is
 * read), shared by every layer that reacts to page changes, and what keeps a page that never
 * stops changing cheap (issue 18).
 *
 * A subtree observer costs the page a mutation record and a call into the extension for every
 * change, wherever it is: on a clock ticking 250 times a second that alone is a few
 * milliseconds of script a second. So an element that changes often ("hot": a clock, a
 * counter) and that every watcher says cannot matter to it (its block holds nothing that can
 * start a reference, no note is drawn in it) is left out of the observation: its ancestors are
 * observed for their own children only and their other children whole. Such "muted" elements
 * are looked at once a second; one that left the page is forgotten, one that now may matter
 * is observed again and reported as changed.
 */

/** A page area whose changes are observed: the body or a component's open shadow root. */
export type WatchedRoot = HTMLElement | ShadowRoot;

/** One layer's view of page changes. */
export interface BodyWatch {
  /** Called with the nodes that changed once the page has been quiet for quietMs (see BodyWatcher). */
  onChange(changed: Set<Node>): void;
  quietMs: number;
  /**
   * Whether changes inside `element` can go unobserved for now: nothing this layer shows or
   * would find lies in it. Without it, nothing is ever muted.
   */
  ignorable?(element: Element): boolean;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** An ancestor of a muted element: its own children are watched, its subtree is not. */
const OWN_CHILDREN: MutationObserverInit = { childList: true };

/** Changes to one element within HOT_WINDOW_MS that make it hot. */
const HOT_CHANGES = 20;
const HOT_WINDOW_MS = 1000;
/** How often muted elements are looked at again. */
const CHECK_MS = 1000;

export class BodyObserver {
  private readonly observer = new MutationObserver((records) => this.take(records));
  private readonly roots = new Set<WatchedRoot>();
  private readonly watchers = new Set<BodyWatcher>();
  private observing = false;
  private readonly muted = new Set<Element>();
  /** Ancestors (roots included) of muted elements. */
  private partial = new Set<Node>();
  /** Changes per element in the current window, replaced with it; it never keeps an element alive. */
  private hits = new WeakMap<Element, number>();
  private windowStart = 0;
  private checkTimer = 0;

  /** Adds a watcher; returns its removal. */
  watch(watch: BodyWatch): () => void {
    const watcher = new BodyWatcher(watch);
    this.watchers.add(watcher);
    if (!this.observing) {
      this.observing = true;
      this.observeAll();
    }
    return () => {
      watcher.cancel();
      this.watchers.delete(watcher);
      if (this.watchers.size === 0) this.stop();
    };
  }

  /** Observes one more root (a component's open shadow root) as part of the body. */
  addRoot(root: WatchedRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    if (this.observing) this.cover(root);
  }

  get shadowRoots(): ShadowRoot[] {
    return [...this.roots].filter((root): root is ShadowRoot => root instanceof ShadowRoot);
  }

  /** Elements left out of the observation now (for tests and the bench). */
  get mutedCount(): number {
    return this.muted.size;
  }

  stop(): void {
    for (const watcher of this.watchers) watcher.cancel();
    this.watchers.clear();
    this.observer.disconnect();
    this.observing = false;
    this.muted.clear();
    this.partial.clear();
    this.hits = new WeakMap();
    clearInterval(this.checkTimer);
    this.checkTimer = 0;
  }

  /** Everything stops and every root is forgotten (the surface is removed). */
  remove(): void {
    this.stop();
    this.roots.clear();
  }

  private observeAll(): void {
    for (const root of this.roots) this.cover(root);
  }

  /** Observes `node`: whole, or, on the path to a muted element, child by child. */
  private cover(node: Node): void {
    if (this.muted.has(node as Element)) return;
    if (!this.partial.has(node)) return this.observer.observe(node, OBSERVED);
    this.observer.observe(node, OWN_CHILDREN);
    for (let child = node.firstChild; child; child = child.nextSibling) this.cover(child);
  }

  /**
   * What the records changed, for every watcher: new children, not their parent's other
   * children; a removal changes the parent's text; new or edited text is kept as its parent,
   * which lies in the same block, so a replaced clock digit is not held after the next tick.
   */
  private take(records: readonly MutationRecord[]): void {
    const now = performance.now();
    if (now - this.windowStart > HOT_WINDOW_MS) {
      this.windowStart = now;
      this.hits = new WeakMap();
    }
    for (const record of records) {
      const target = record.target;
      const added = record.addedNodes;
      // A new child of a partly observed ancestor is observed like the rest of the page.
      const uncovered = this.partial.size > 0 && this.partial.has(target);
      let textOnly = true;
      for (let i = 0; i < added.length; i++) {
        const node = added[i]!;
        if (uncovered) this.cover(node);
        if (node.nodeType === Node.TEXT_NODE) continue;
        textOnly = false;
        for (const watcher of this.watchers) watcher.add(node, now);
      }
      if (!textOnly) continue;
      const changed = target.nodeType === Node.TEXT_NODE ? (target.parentNode ?? target) : target;
      for (const watcher of this.watchers) watcher.add(changed, now);
      if (changed instanceof Element) this.count(changed);
    }
  }

  /** Counts a change of `element`'s own text; mutes it when it turns hot and may be muted. */
  private count(element: Element): void {
    const hits = (this.hits.get(element) ?? 0) + 1;
    this.hits.set(element, hits);
    // Asked once per window: an element that may not be muted costs one question a second.
    if (hits !== HOT_CHANGES || this.roots.has(element as HTMLElement) || !this.ignorable(element)) return;
    this.mute(element);
  }

  private ignorable(element: Element): boolean {
    for (const watcher of this.watchers) if (!watcher.watch.ignorable?.(element)) return false;
    return true;
  }

  private mute(element: Element): void {
    // Its muted descendants are covered by it now.
    for (const other of this.muted) if (element.contains(other)) this.muted.delete(other);
    this.muted.add(element);
    this.reobserve();
    this.checkTimer ||= window.setInterval(() => this.check(), CHECK_MS);
  }

  /** Forgets muted elements that left the page; observes again, and reports, those that may matter now. */
  private check(): void {
    const back: Element[] = [];
    let changed = false;
    for (const element of this.muted) {
      if (element.isConnected && this.ignorable(element)) continue;
      this.muted.delete(element);
      changed = true;
      if (element.isConnected) back.push(element);
    }
    if (changed) this.reobserve();
    const now = performance.now();
    for (const element of back) for (const watcher of this.watchers) watcher.add(element, now);
    if (this.muted.size === 0) {
      clearInterval(this.checkTimer);
      this.checkTimer = 0;
    }
  }

  /** Observes the roots again around the muted elements, losing no record on the way. */
  private reobserve(): void {
    const pending = this.observer.takeRecords();
    this.partial = new Set();
    for (const element of this.muted) {
      for (let node: Node | null = element.parentNode; node && !this.partial.has(node); node = node.parentNode) {
        this.partial.add(node);
        if (this.roots.has(node as WatchedRoot)) break;
      }
    }
    this.observer.disconnect();
    this.observeAll();
    if (pending.length) this.take(pending);
  }
}

/**
 * One watcher: its own changed set and quiet timer over the shared observer. A page that
 * changes hundreds of times a second costs one Set.add per change: the timer is armed once
 * and, when it fires too early, re-armed for what is left, never cleared and set again per
 * change (a timer set from the page's own timer callback is clamped to 4 ms and, cleared by
 * the next tick, seldom fired while the set grew).
 */
class BodyWatcher {
  private timer = 0;
  private pendingSince = 0;
  private lastChange = 0;
  private changed = new Set<Node>();

  constructor(readonly watch: BodyWatch) {}

  add(node: Node, now: number): void {
    this.changed.add(node);
    this.lastChange = now;
    this.pendingSince ||= now;
    if (!this.timer) this.timer = window.setTimeout(() => this.due(), this.watch.quietMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    this.changed = new Set();
    this.pendingSince = 0;
  }

  /** Fires once the page has been quiet for quietMs, or 4 × quietMs after the first change. */
  private due(): void {
    const { quietMs } = this.watch;
    const wait = Math.min(this.lastChange + quietMs, this.pendingSince + 4 * quietMs) - performance.now();
    if (wait > 1) {
      this.timer = window.setTimeout(() => this.due(), wait);
      return;
    }
    this.timer = 0;
    this.pendingSince = 0;
    const nodes = this.changed;
    this.changed = new Set();
    this.watch.onChange(nodes);
  }
}
