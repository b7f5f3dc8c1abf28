export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where a popover of `size` goes next to `anchor` so that it stays inside the viewport:
 * below the anchor when it fits, else above, else wherever it overlaps least.
 */
export function placeBeside(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6): { left: number; top: number } {
  const margin = 8;
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - size.height;
  let top = below + size.height <= viewport.height - margin ? below : above >= margin ? above : Math.max(margin, viewport.height - margin - size.height);
  top = Math.max(margin, Math.min(top, viewport.height - margin - size.height));
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - size.width));
  return { left, top: Math.max(margin, top) };
}
