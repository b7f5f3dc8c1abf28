// A React root in a fresh container for each jsdom component test, unmounted after it: the
// set-up every component test shares.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

/** Call at the top of a test file, before its own beforeEach hooks that render. */
export function mountEachTest(): { container: HTMLDivElement; root: Root } {
  const mounted = {} as { container: HTMLDivElement; root: Root };
  beforeEach(() => {
    mounted.container = document.createElement('div');
    document.body.append(mounted.container);
    mounted.root = createRoot(mounted.container);
  });
  afterEach(() => {
    act(() => mounted.root.unmount());
    mounted.container.remove();
  });
  return mounted;
}
