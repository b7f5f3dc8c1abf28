// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { PopoverFrame } from '../../../components/PopoverFrame';
import { mountEachTest } from '../mounted-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom lays nothing out and has no ResizeObserver: content changes are what move the frame here.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
  observe() {}
  disconnect() {}
};

const dom = mountEachTest();
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const anchor = { left: 100, top: 300, width: 80, height: 20 };
const frame = () => dom.container.firstElementChild as HTMLElement;
const render = (busy: boolean) =>
  act(() =>
    dom.root.render(
      <PopoverFrame anchor={anchor} onPointerEnter={() => {}} onPointerLeave={() => {}}>
        <div role="dialog" aria-busy={busy}>
          {busy ? 'loading' : 'the clause'}
        </div>
      </PopoverFrame>,
    ),
  );

it('shows a popover only once its content has loaded, placed for that content', async () => {
  render(true);
  expect(frame().style.visibility).toBe('hidden');
  render(false);
  // The observers' records are delivered as microtasks.
  await act(async () => {});
  expect(frame().style.visibility).toBe('visible');
});

it('shows a popover whose content is slow after a short while, loading line and all', async () => {
  render(true);
  await act(async () => vi.advanceTimersByTime(450));
  expect(frame().style.visibility).toBe('visible');
});
