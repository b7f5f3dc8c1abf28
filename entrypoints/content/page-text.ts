/**
 * The page's readable text for detection, in chunks that end at block boundaries, with the
 * text nodes each character came from. Inputs, editable areas, scripts and styles are left
 * out (the extension's own UI hangs off <html>, outside `root`); a block boundary or <br> becomes '\n' so that a match
 * never joins two paragraphs.
 */
export interface TextChunk {
  text: string;
  nodes: Text[];
  /** starts[i]: offset in `text` of nodes[i]'s first character. */
  starts: number[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RT', 'RP', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'INS', 'DEL']);

function isExcluded(element: Element): boolean {
  if (SKIP.has(element.tagName.toUpperCase())) return true;
  // The attribute as well as the property: an editor's root is known by either.
  const editable = element.getAttribute('contenteditable');
  return (editable !== null && editable.toLowerCase() !== 'false') || (element instanceof HTMLElement && element.isContentEditable);
}

/**
 * The blocks (nearest non-inline ancestors, within `root`) that hold the changed nodes, without
 * those inside another listed block, and without any in an excluded area (an editor, a
 * script). Null when one of them is `root` itself: then everything has to be read again.
 */
export function changedBlocks(changed: Iterable<Node>, root: Node): Element[] | null {
  const blocks = new Set<Element>();
  for (const node of changed) {
    if (!node.isConnected || !root.contains(node)) continue;
    const start = node instanceof Element ? node : node.parentElement;
    if (!start) continue;
    const block = INLINE.has(start.tagName.toUpperCase()) ? blockOf(start, root) : start;
    if (block === root) return null;
    if (!(block instanceof Element) || insideExcluded(block, root)) continue;
    blocks.add(block);
  }
  return [...blocks].filter((block) => ![...blocks].some((other) => other !== block && other.contains(block)));
}

function insideExcluded(element: Element, root: Node): boolean {
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) if (isExcluded(el)) return true;
  return false;
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/** Yields chunks of about `chunkSize` characters; callers yield to the page between chunks. */
export function* textChunks(root: Node, chunkSize = 32_768): Generator<TextChunk> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isExcluded(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let chunk: TextChunk = { text: '', nodes: [], starts: [] };
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  let pendingBreak = false;
  const flush = () => {
    chunk.text = parts.join('');
    const done = chunk;
    chunk = { text: '', nodes: [], starts: [] };
    parts.length = 0;
    length = 0;
    return done;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName === 'BR') pendingBreak = true;
      continue;
    }
    const data = (node as Text).data;
    if (!data) continue;
    const block = blockOf(node, root);
    if (lastBlock && (block !== lastBlock || pendingBreak)) {
      if (length >= chunkSize) yield flush();
      else {
        parts.push('\n');
        length += 1;
      }
    }
    lastBlock = block;
    pendingBreak = false;
    chunk.nodes.push(node as Text);
    chunk.starts.push(length);
    parts.push(data);
    length += data.length;
  }
  if (chunk.nodes.length) yield flush();
}

/** The text node and offset of a chunk offset (binary search over node starts). */
export function locate(chunk: TextChunk, offset: number, preferEnd: boolean): [Text, number] {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = chunk.starts[mid]!;
    if (start < offset || (!preferEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = chunk.nodes[lo]!;
  return [node, Math.min(offset - chunk.starts[lo]!, node.data.length)];
}
