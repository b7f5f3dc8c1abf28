import type { Box } from '@/components/place';

/**
 * The page selection a note can be made of: not collapsed, inside the body, and not in a form
 * field, an editable area or the extension's own UI (where text is the user's input, not the
 * page's).
 */
export function noteableSelection(doc: Document, isOwn: (node: Node) => boolean): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const active = doc.activeElement;
  if (active && (isFormField(active) || (active instanceof HTMLElement && active.isContentEditable))) return null;
  const range = selection.getRangeAt(0);
  if (!range.toString().trim()) return null;
  for (const node of [range.startContainer, range.endContainer]) {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element || !doc.body.contains(element)) return null;
    if (isOwn(element)) return null;
    if (element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return null;
  }
  return range.cloneRange();
}

function isFormField(element: Element): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

/** Where a popup goes beside a range: its last line box, so it sits at the end of the selection. */
export function boxOf(range: Range): Box {
  const rects = range.getClientRects();
  const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}
