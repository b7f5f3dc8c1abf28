// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, type HoverSource } from '@/entrypoints/content/hover-intent';

const DWELL = 150;
const LINGER = 300;

/** Animation frames run when the test says so, as a busy page's frames come late. */
let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const move = (intent: HoverIntent, x: number, y: number) => intent.onPointerMove({ isTrusted: true, clientX: x, clientY: y } as PointerEvent);

interface Item {
  id: string;
}

/** A reference drawn at x 100–200, y 0–20, whose object a rescan can replace by an equal one. */
function pageWithReference() {
  let item: Item = { id: 'ref' };
  const opened: Item[] = [];
  const source: HoverSource<Item> = {
    find: (x, y) => (x >= 100 && x <= 200 && y >= 0 && y <= 20 ? item : null),
    open: (found) => {
      opened.push(found);
      intent.shownNow(source, found);
    },
    close: () => intent.shownNow(source, null),
    same: (a, b) => a.id === b.id,
  };
  const intent = new HoverIntent({ dwellMs: DWELL, lingerMs: LINGER });
  intent.add(source);
  return { intent, opened, rescan: () => (item = { id: 'ref' }) };
}

describe('HoverIntent', () => {
  it('opens what the pointer rests on when several moves come in one frame (the last point counts)', () => {
    const { intent, opened } = pageWithReference();
    // A pointer on its way (Playwright's steps, a fast hand): off the reference, then on it, before the frame runs.
    move(intent, 50, 10);
    move(intent, 150, 10);
    runFrame();
    vi.advanceTimersByTime(DWELL);
    expect(opened.map((o) => o.id)).toEqual(['ref']);
  });

  it('opens the reference a rescan put under the resting pointer during the dwell, not the replaced one', () => {
    const { intent, opened, rescan } = pageWithReference();
    move(intent, 150, 10);
    runFrame();
    const replaced = rescan();
    vi.advanceTimersByTime(DWELL);
    expect(opened).toEqual([replaced]);
    expect(opened[0]).toBe(replaced);
  });

  it('keeps an open popup, without reopening it, when a rescan replaces its reference under the trembling pointer', () => {
    const { intent, opened, rescan } = pageWithReference();
    move(intent, 150, 10);
    runFrame();
    vi.advanceTimersByTime(DWELL);
    for (let i = 0; i < 5; i++) {
      rescan();
      move(intent, 150 + (i % 2), 10);
      runFrame();
      vi.advanceTimersByTime(DWELL + LINGER);
    }
    expect(opened).toHaveLength(1);
  });

  it('opens nothing when the pointer leaves before the dwell ends', () => {
    const { intent, opened } = pageWithReference();
    move(intent, 150, 10);
    runFrame();
    vi.advanceTimersByTime(DWELL / 2);
    move(intent, 400, 300);
    runFrame();
    vi.advanceTimersByTime(DWELL);
    expect(opened).toEqual([]);
  });
});
