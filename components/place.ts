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
/** However much room there is, a popover is at most this tall (a glance, not a page). */
const TALLEST = 560;

/**
 * Where a popover of `size` (its full height, as if nothing capped it) goes next to `anchor`,
 * inside the viewport and never over a visible anchor (the reader is pointing at it): below
 * when it fits there, else on the side with more room; its height is capped to the room on
 * that side and to min(70% of the window, TALLEST).
 */
export function placeBeside(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6): Placement {
  const cap = Math.min(TALLEST, Math.round(viewport.height * 0.7));
  const wanted = Math.min(size.height, cap);
  const below = anchor.top + anchor.height + gap;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - gap - MARGIN;
  const goBelow = wanted <= roomBelow || roomBelow >= roomAbove;
  const maxHeight = Math.max(0, Math.min(goBelow ? roomBelow : roomAbove, viewport.height - 2 * MARGIN, cap));
  const height = Math.min(wanted, maxHeight);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - MARGIN - size.width));
  const top = goBelow ? below : anchor.top - gap - height;
  // Only an anchor scrolled out of the window moves this: the popover stays in sight.
  return { left, top: Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height)), maxHeight };
}
