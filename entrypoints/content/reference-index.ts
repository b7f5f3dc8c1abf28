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
 * The references on the page, drawn with the CSS Custom Highlight API (no DOM nodes added,
 * so no layout change) and indexed by text node so the pointer's caret finds its reference.
 */
export class ReferenceIndex {
  private readonly byNode = new Map<Text, PlacedReference[]>();
  private readonly byRange = new Map<AbstractRange, PlacedReference>();
  private readonly known = new Highlight();
  private readonly unknown = new Highlight();
  readonly all: PlacedReference[] = [];

  constructor() {
    CSS.highlights.set(HIGHLIGHT_KNOWN, this.known);
    CSS.highlights.set(HIGHLIGHT_UNKNOWN, this.unknown);
  }

  add(placed: PlacedReference): void {
    this.all.push(placed);
    this.byRange.set(placed.range, placed);
    (placed.reference.unknown ? this.unknown : this.known).add(placed.range);
    const { startContainer, endContainer } = placed.range;
    for (const node of new Set([startContainer, endContainer]))
      if (node instanceof Text) (this.byNode.get(node) ?? this.byNode.set(node, []).get(node)!).push(placed);
    // Nodes strictly inside a multi-node reference are found through the range itself.
  }

  clear(): void {
    this.byNode.clear();
    this.byRange.clear();
    this.known.clear();
    this.unknown.clear();
    this.all.length = 0;
  }

  /** The reference drawn under a viewport point, if the point is on its text. */
  at(x: number, y: number): PlacedReference | null {
    const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HighlightHit[] };
    if (registry.highlightsFromPoint) {
      for (const hit of registry.highlightsFromPoint(x, y)) {
        if (hit.highlight !== this.known && hit.highlight !== this.unknown) continue;
        const placed = hit.ranges.map((r) => this.byRange.get(r)).find((p) => p !== undefined);
        if (placed) return placed;
      }
      return null;
    }
    const caret = document.caretPositionFromPoint(x, y);
    if (!caret) return null;
    const candidates = (caret.offsetNode instanceof Text && this.byNode.get(caret.offsetNode)) || this.all;
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

  destroy(): void {
    this.clear();
    CSS.highlights.delete(HIGHLIGHT_KNOWN);
    CSS.highlights.delete(HIGHLIGHT_UNKNOWN);
  }
}
