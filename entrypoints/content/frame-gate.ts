/**
 * The content script runs in every frame, but ad slots, tracking pixels and spacer frames hold
 * nothing to read: a subframe smaller than MIN_FRAME waits, with one resize listener and no
 * settings read, matcher or observer, until it grows (a frame's window gets `resize` when its
 * <iframe> is resized). The top document never waits.
 */
export const MIN_FRAME = { width: 100, height: 50 };

export function isSubframe(): boolean {
  try {
    return window.top !== window;
  } catch {
    return true;
  }
}

/** Resolves once this frame is large enough to read; never, if `signal` aborts first. */
export function frameLargeEnough(signal: AbortSignal): Promise<void> {
  const big = () => innerWidth >= MIN_FRAME.width && innerHeight >= MIN_FRAME.height;
  if (!isSubframe() || big()) return Promise.resolve();
  return new Promise((resolve) => {
    const onResize = () => {
      if (!big()) return;
      removeEventListener('resize', onResize);
      resolve();
    };
    addEventListener('resize', onResize, { passive: true, signal });
  });
}

/**
 * The sites the per-site switch must allow for this frame: its own host (for about:blank and
 * srcdoc frames, which have none, the origin they inherit from the page that made them) and,
 * in a subframe, the tab's site where the browser tells it (Chromium's ancestorOrigins), so
 * switching a site off also silences the frames it embeds.
 */
export function siteHosts(): string[] {
  const hosts = [location.hostname || hostOf(self.origin)];
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const top = ancestors?.length ? ancestors.item(ancestors.length - 1) : null;
  if (top) hosts.push(hostOf(top));
  return hosts;
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}
