import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { placeBeside, type Box, type Placement } from './place';

/** Fixed-position frame kept inside the viewport; it never takes part in the page's layout. */
export function PopoverFrame({ anchor, children, onPointerEnter, onPointerLeave }: { anchor: Box; children: ReactNode; onPointerEnter: () => void; onPointerLeave: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setPosition(placeBeside(anchor, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
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
