/**
 * Text of a DOM subtree with one line per block (paragraph, heading, list item, table row,
 * <br>), which is what the policy parser reads: numbered units start on their own line.
 * Works on detached documents (DOMParser, Readability's output) where innerText has no layout.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'CENTER', 'TITLE']);

export function blockText(root: Node, skip: (element: Element) => boolean = () => false): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const trimmed = line.replace(/[ \t\r\n]+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const element = node as Element;
    if (node.nodeType === 1 && (SKIP.has(element.tagName) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true' || skip(element))) return;
    if (element.tagName === 'BR') return flush();
    const block = node.nodeType === 1 && BLOCK.has(element.tagName);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}
