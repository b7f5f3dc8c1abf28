import { locate, type TextChunk } from './page-text';

/**
 * The page's text as one string, with a map between offsets in it and DOM positions.
 * Offsets are those of `root.textContent` (every Text and CDATA node in tree order, script and
 * style text included), which is what a TextPositionSelector counts.
 */
export type TextIndex = {
  text: string;
  rangeToOffsets(range: Range): { start: number; end: number };
  offsetsToRange(start: number, end: number): Range;
};

export function textIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const indexOf = new Map<Node, number>();
  let text = '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    // Empty nodes hold no offset of their own; skipping them keeps lookups unambiguous.
    if (data.length === 0) continue;
    indexOf.set(node, nodes.length);
    nodes.push(node as Text);
    starts.push(text.length);
    text += data;
  }

  /** Offset of a DOM boundary point: the length of the text before it. */
  function boundaryToOffset(container: Node, offset: number): number {
    if (container.nodeType === Node.TEXT_NODE || container.nodeType === Node.CDATA_SECTION_NODE) {
      const i = indexOf.get(container);
      if (i !== undefined) return starts[i]! + Math.min(offset, (container as Text).data.length);
      return firstNodeAtOrAfter(container, false);
    }
    const child = container.childNodes[offset];
    return child ? firstNodeAtOrAfter(child, true) : firstNodeAtOrAfter(container, false);
  }

  /**
   * Text offset where the first indexed node at or after `ref` begins (with `inclusive`, `ref`
   * and its descendants count as "at"; without, only what follows `ref` and its subtree).
   */
  function firstNodeAtOrAfter(ref: Node, inclusive: boolean): number {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const node = nodes[mid]!;
      const relation = ref.compareDocumentPosition(node);
      const inside = node === ref || (relation & Node.DOCUMENT_POSITION_CONTAINED_BY) !== 0;
      const after = inside ? inclusive : (relation & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo < nodes.length ? starts[lo]! : text.length;
  }

  // One chunk of the whole text: detection's offset-to-node lookup serves here too.
  const chunk: TextChunk = { text, nodes, starts };

  return {
    text,
    rangeToOffsets(range) {
      return {
        start: boundaryToOffset(range.startContainer, range.startOffset),
        end: boundaryToOffset(range.endContainer, range.endOffset),
      };
    },
    offsetsToRange(start, end) {
      if (!(0 <= start && start <= end && end <= text.length) || nodes.length === 0) {
        throw new RangeError(`offsets ${start}–${end} are outside the text (0–${text.length})`);
      }
      const range = doc.createRange();
      const first = locate(chunk, start, false);
      range.setStart(...first);
      // An empty span stays in one node; otherwise it ends in the node its last character is in.
      range.setEnd(...(start === end ? first : locate(chunk, end, true)));
      return range;
    },
  };
}
