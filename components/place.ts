export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The popover gets at most this height, scrolling inside, so that it never covers its anchor. */
  maxHeight: number;
}

const MARGIN = 8;

/**
 * Where a popover of `size` goes next to `anchor`, inside the viewport and never over a
 * visible anchor (the reader is pointing at it): below when it fits there or there is more
 * room below, else above; its height is capped to the room on that side.
 */
export function placeBeside(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6): Placement {
  const below = anchor.top + anchor.height + gap;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - gap - MARGIN;
  const goBelow = size.height <= roomBelow || roomBelow >= roomAbove;
  const maxHeight = Math.max(0, Math.min(goBelow ? roomBelow : roomAbove, viewport.height - 2 * MARGIN));
  const height = Math.min(size.height, maxHeight);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - size.width));
  const top = goBelow ? below : anchor.top - gap - height;
  // Only an anchor scrolled out of the window moves this: the popover stays in sight.
  return { left, top: Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height)), maxHeight };
}
