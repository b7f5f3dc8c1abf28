import type { Reference } from '@/lib/detect/reference';

export interface PlacedReference {
  reference: Reference;
  range: Range;
}

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}

export const HIGHLIGHT_KNOWN = 'policy-lens-ref';
export const HIGHLIGHT_UNKNOWN = 'policy-lens-ref-unknown';

/**
 * The references found by one scan, drawn with the CSS Custom Highlight API (no DOM nodes
 * added, so no layout change) and indexed so the pointer finds its reference. An index is
 * filled off-screen in small batches and then shown at once, replacing the previous one.
 */
export class ReferenceIndex {
  private readonly byNode = new Map<Text, PlacedReference[]>();
  private readonly byRange = new Map<AbstractRange, PlacedReference>();
  /** The text nodes each reference is filed under in byNode, which its live range may have left since. */
  private readonly filedUnder = new Map<PlacedReference, Text[]>();
  private readonly known = new Highlight();
  private readonly unknown = new Highlight();
  readonly all: PlacedReference[] = [];

  /** Adds `placed` in batches, calling `pause` between them so no task runs long. */
  static async build(placed: readonly PlacedReference[], pause: () => Promise<void>, batch = 2000): Promise<ReferenceIndex> {
    const index = new ReferenceIndex();
    for (let i = 0; i < placed.length; i += batch) {
      for (const p of placed.slice(i, i + batch)) index.add(p);
      await pause();
    }
    return index;
  }

  private add(placed: PlacedReference): void {
    this.all.push(placed);
    this.byRange.set(placed.range, placed);
    (placed.reference.unknown ? this.unknown : this.known).add(placed.range);
    const { startContainer, endContainer } = placed.range;
    const nodes: Text[] = [];
    for (const node of new Set([startContainer, endContainer]))
      if (node instanceof Text) {
        (this.byNode.get(node) ?? this.byNode.set(node, []).get(node)!).push(placed);
        nodes.push(node);
      }
    this.filedUnder.set(placed, nodes);
  }

  /**
   * Takes `gone` out and puts `added` in, in place: a rescan of a few changed blocks (a rotating
   * banner, a feed) costs their references, not the page's, and the highlights already shown
   * change by those ranges only.
   */
  replace(gone: readonly PlacedReference[], added: readonly PlacedReference[]): void {
    if (gone.length > 0) {
      const dropped = new Set(gone);
      for (const placed of gone) {
        this.byRange.delete(placed.range);
        (placed.reference.unknown ? this.unknown : this.known).delete(placed.range);
        for (const node of this.filedUnder.get(placed) ?? []) {
          const left = this.byNode.get(node)?.filter((p) => !dropped.has(p)) ?? [];
          if (left.length > 0) this.byNode.set(node, left);
          else this.byNode.delete(node);
        }
        this.filedUnder.delete(placed);
      }
      let kept = 0;
      for (const placed of this.all) if (!dropped.has(placed)) this.all[kept++] = placed;
      this.all.length = kept;
    }
    for (const placed of added) this.add(placed);
  }

  show(): void {
    CSS.highlights.set(HIGHLIGHT_KNOWN, this.known);
    CSS.highlights.set(HIGHLIGHT_UNKNOWN, this.unknown);
  }

  hide(): void {
    if (CSS.highlights.get(HIGHLIGHT_KNOWN) === this.known) CSS.highlights.delete(HIGHLIGHT_KNOWN);
    if (CSS.highlights.get(HIGHLIGHT_UNKNOWN) === this.unknown) CSS.highlights.delete(HIGHLIGHT_UNKNOWN);
  }

  /**
   * The reference drawn under a viewport point, if the point is on its text. Ranges inside
   * open shadow roots are only found when those roots are named in `shadowRoots`.
   */
  at(x: number, y: number, shadowRoots: ShadowRoot[] = []): PlacedReference | null {
    type FromPoint = (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => HighlightHit[];
    const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: FromPoint };
    if (registry.highlightsFromPoint) {
      for (const hit of registry.highlightsFromPoint(x, y, { shadowRoots })) {
        if (hit.highlight !== this.known && hit.highlight !== this.unknown) continue;
        const placed = hit.ranges.map((r) => this.byRange.get(r)).find((p) => p !== undefined);
        if (placed) return placed;
      }
      return null;
    }
    const caret = document.caretPositionFromPoint(x, y, { shadowRoots });
    // Over an <input> the caret is in the element's value, which no reference is part of.
    if (!(caret?.offsetNode instanceof Text)) return null;
    const candidates = this.byNode.get(caret.offsetNode) ?? this.all;
    for (const placed of candidates) {
      if (!placed.range.isPointInRange(caret.offsetNode, caret.offset)) continue;
      for (const rect of placed.range.getClientRects())
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return placed;
    }
    return null;
  }

  /** The reference holding a collapsed caret (keyboard caret browsing), if any. */
  atCaret(node: Node, offset: number): PlacedReference | null {
    const candidates = (node instanceof Text && this.byNode.get(node)) || [];
    return candidates.find((p) => p.range.isPointInRange(node, offset)) ?? null;
  }
}
