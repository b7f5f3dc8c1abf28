import { describe, expect, it } from 'vitest';
import { placeBeside } from '@/components/place';

const viewport = { width: 1280, height: 720 };
const size = { width: 440, height: 300 };
const overlaps = (a: { top: number; height: number }, top: number, height: number) => top < a.top + a.height && top + height > a.top;

describe('placeBeside', () => {
  it('puts the popover below its reference when it fits there', () => {
    const anchor = { left: 100, top: 100, width: 80, height: 20 };
    // At most 70% of the window tall, however much room there is below.
    expect(placeBeside(anchor, size, viewport)).toEqual({ left: 100, top: 126, maxHeight: 504 });
  });

  it('puts it above a reference near the bottom of the window', () => {
    const anchor = { left: 100, top: 600, width: 80, height: 20 };
    const place = placeBeside(anchor, size, viewport);
    expect(place.top + size.height).toBe(594);
  });

  it('never covers the reference, even when it fits on neither side: it gets shorter', () => {
    const anchor = { left: 796, top: 310, width: 120, height: 22 };
    const tall = { width: 440, height: 504 };
    const place = placeBeside(anchor, tall, viewport);
    const height = Math.min(tall.height, place.maxHeight);
    expect(height).toBeLessThan(tall.height);
    expect(overlaps(anchor, place.top, height)).toBe(false);
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + height).toBeLessThanOrEqual(712);
  });

  it('opens a tall popover for a reference in the lower third above, where the room is', () => {
    const window = { width: 1280, height: 900 };
    const anchor = { left: 300, top: 702, width: 50, height: 29 };
    const place = placeBeside(anchor, { width: 440, height: 820 }, window);
    expect(place.maxHeight).toBe(560);
    expect(place.top + 560).toBe(696);
  });

  it('keeps it inside the window sideways', () => {
    const anchor = { left: 1200, top: 100, width: 60, height: 20 };
    expect(placeBeside(anchor, size, viewport).left).toBe(1280 - 8 - 440);
  });

  it('stays in sight when its anchor is scrolled out of the window', () => {
    for (const top of [-400, 1500]) {
      const place = placeBeside({ left: 100, top, width: 80, height: 20 }, { width: 200, height: 40 }, viewport);
      expect(place.top).toBeGreaterThanOrEqual(8);
      expect(place.top + 40).toBeLessThanOrEqual(712);
    }
  });
});
