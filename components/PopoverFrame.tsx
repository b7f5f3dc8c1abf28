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

/** Fixed-position frame kept inside the viewport; it never takes part in the page's layout. */
export function PopoverFrame({ anchor, children, onPointerEnter, onPointerLeave }: { anchor: Box; children: ReactNode; onPointerEnter: () => void; onPointerLeave: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = placeBeside(anchor, { width: el.offsetWidth, height: fullHeight(el) }, { width: window.innerWidth, height: window.innerHeight });
      setPosition((prev) => (prev && prev.left === next.left && prev.top === next.top && prev.maxHeight === next.maxHeight ? prev : next));
    };
    measure();
    // Content that loads into a capped popover does not resize it: watch the content too.
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    const changed = new MutationObserver(measure);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
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
