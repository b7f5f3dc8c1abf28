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
  for (const inner of changed) {
    // A change inside a component's open shadow root is a change of its host in `root`'s tree.
    const node = hostIn(inner, root);
    if (!node || !node.isConnected || !root.contains(node)) continue;
    const start = node instanceof Element ? node : node.parentElement;
    if (!start) continue;
    const block = INLINE.has(start.tagName.toUpperCase()) ? blockOf(start, root) : start;
    if (block === root) return null;
    if (!(block instanceof Element) || insideExcluded(block, root)) continue;
    blocks.add(block);
  }
  return [...blocks].filter((block) => ![...blocks].some((other) => other !== block && other.contains(block)));
}

/** The block whose text `element`'s text is read with: itself, or its nearest non-inline ancestor. */
export function blockAround(element: Element): Node {
  return INLINE.has(element.tagName.toUpperCase()) ? blockOf(element, element.getRootNode()) : element;
}

function insideExcluded(element: Element, root: Node): boolean {
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) if (isExcluded(el)) return true;
  return false;
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  // Text at the top of a shadow root: the root is its block.
  return el ?? (node.parentNode instanceof ShadowRoot ? node.parentNode : root);
}

/** `node`, or the shadow host in `root`'s tree whose (nested) open shadow root holds it. */
function hostIn(node: Node, root: Node): Node | null {
  const scope = root.getRootNode();
  let at: Node = node;
  for (let top = at.getRootNode(); top !== scope; top = at.getRootNode()) {
    if (!(top instanceof ShadowRoot)) return null;
    at = top.host;
  }
  return at;
}

/**
 * Text and <br> nodes under `root` in reading order, descending into the open shadow roots of
 * page components (a closed root cannot be reached), each reported to `onShadowRoot` so its
 * changes can be observed too.
 */
function* readableNodes(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): Generator<Node> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isExcluded(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  // The root itself may be a component (a rescan of a host whose shadow root changed).
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node !== root && (node.nodeType === Node.TEXT_NODE || (node as Element).tagName === 'BR')) yield node;
    const shadow = node.nodeType === Node.ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) {
      onShadowRoot?.(shadow);
      yield* readableNodes(shadow, onShadowRoot);
    }
  }
}

/** Yields chunks of about `chunkSize` characters; callers yield to the page between chunks. */
export function* textChunks(root: Node, chunkSize = 32_768, onShadowRoot?: (shadow: ShadowRoot) => void): Generator<TextChunk> {
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
  for (const node of readableNodes(root, onShadowRoot)) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      pendingBreak = true;
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
