import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { placeBeside, type Box, type Placement } from './place';

/**
 * The height the frame's popover would have uncapped: it scrolls inside its max-height, so
 * its own box says nothing about content that loaded after it was placed.
 */
function fullHeight(frame: HTMLElement): number {
  const popover = frame.firstElementChild;
  if (!(popover instanceof HTMLElement)) return frame.offsetHeight;
  return popover.scrollHeight + popover.offsetHeight - popover.clientHeight;
}

/** A popover still loading its content stays unseen this long at most, then shows "loading". */
const BUSY_HIDDEN_MS = 400;

/**
 * Fixed-position frame kept inside the viewport; it never takes part in the page's layout.
 * While its content says it is loading (aria-busy) the frame is laid out but not shown, and it
 * is placed once the content is there: shown at once with its "loading" line, a popover put
 * above its reference would move up as the content came in, away from a pointer on its way.
 */
export function PopoverFrame({ anchor, children, onPointerEnter, onPointerLeave }: { anchor: Box; children: ReactNode; onPointerEnter: () => void; onPointerLeave: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const shownAt = performance.now();
    const measure = () => {
      if (el.querySelector('[aria-busy="true"]') && performance.now() - shownAt < BUSY_HIDDEN_MS) return;
      const next = placeBeside(anchor, { width: el.offsetWidth, height: fullHeight(el) }, { width: window.innerWidth, height: window.innerHeight });
      setPosition((prev) => (prev && prev.left === next.left && prev.top === next.top && prev.maxHeight === next.maxHeight ? prev : next));
    };
    measure();
    // Content that loads into a capped popover does not resize it: watch the content too.
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    const changed = new MutationObserver(measure);
    changed.observe(el, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-busy'] });
    const late = window.setTimeout(measure, BUSY_HIDDEN_MS);
    return () => {
      resized.disconnect();
      changed.disconnect();
      clearTimeout(late);
    };
  }, [anchor]);
  return (
    <div
      ref={ref}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      style={{
        position: 'fixed',
        zIndex: 2147483647,
        left: position?.left ?? 0,
        top: position?.top ?? 0,
        visibility: position ? 'visible' : 'hidden',
        // Read by .pl-popover's max-height: the room on the side the frame was put.
        ['--pl-room' as string]: position ? `${position.maxHeight}px` : undefined,
      }}
    >
      {children}
    </div>
  );
}
