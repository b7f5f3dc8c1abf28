import { loadScriptPreference, saveScriptPreference } from '@/components/script-preference';
import type { Box } from '@/components/place';
import type { Reference } from '@/lib/detect/reference';
import type { ContentCommand, FramePopover } from '@/lib/messages';
import type { Script } from '@/lib/script';
import { isSubframe } from './frame-gate';
import { ask } from './messaging';
import { reporter } from './page-hooks';
import type { PageSurface } from './page-surface';
import type { ReferencePopover } from './reference-popover';

const report = reporter('frame-popover');

/**
 * A frame too small for the popover (an attachment viewer, a news ticker) does not squeeze it
 * into its own viewport: its content script asks the top window, through the background, to
 * show it over the frame, as 10ten does. The top window finds the <iframe> by the frame's
 * address and viewport size (it cannot see into a cross-origin frame), places the popover
 * beside the reference's box moved into its own viewport, and keeps it while the pointer is on
 * it. Frames inside same-origin frames are found through them; where it cannot find the frame
 * (inside a cross-origin frame) the frame shows the popover itself, as it does when it is large
 * enough.
 */

/** Below this viewport the popover (440 px wide, about 300 px tall) would not fit in the frame. */
export const ROOMY_FRAME = { width: 456, height: 320 };
const LINGER_MS = 300;
const NO_BOX: Box = { left: 0, top: 0, width: 0, height: 0 };

/** How a subframe's ReferencePopover hands its popover to the top window. */
export interface ElsewherePopover {
  /** The frame is too small for the popover now. */
  takes(): boolean;
  /**
   * Resolves false when the top window could not show it (the frame then shows it itself).
   * `gone` is called when the pointer leaves the frame (for the popover, or elsewhere) or the
   * top window closes the popover: the frame's own idea of what is open must end there, or the
   * pointer coming back to the same reference would open nothing.
   */
  show(reference: Reference, anchor: Box, gone: () => void): Promise<boolean>;
  close(): void;
}

/** For a subframe, until `signal` aborts (the layer using it stopped). */
export function topWindowPopover(signal: AbortSignal): ElsewherePopover | undefined {
  if (!isSubframe()) return undefined;
  // A show sent since the last close: a close must follow it even while its answer is on the way.
  let sent = false;
  const frame = () => ({ url: location.href, width: innerWidth, height: innerHeight });
  const send = (popover: FramePopover) => ask({ type: 'frame-popover', popover });
  let leaving: AbortController | null = null;
  let onGone: (() => void) | null = null;
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id === browser.runtime.id && (message as ContentCommand | undefined)?.type === 'frame-popover-closed') onGone?.();
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  return {
    takes: () => innerWidth < ROOMY_FRAME.width || innerHeight < ROOMY_FRAME.height,
    show: (reference, anchor, gone) => {
      sent = true;
      leaving?.abort();
      leaving = new AbortController();
      onGone = gone;
      addEventListener('pointerout', (event) => event.isTrusted && event.relatedTarget === null && gone(), { signal: leaving.signal, passive: true });
      return send({ reference, anchor, frame: frame() }).catch(() => false);
    },
    close: () => {
      leaving?.abort();
      leaving = null;
      onGone = null;
      if (!sent) return;
      sent = false;
      send({ reference: null, anchor: NO_BOX, frame: frame() }).catch(report);
    },
  };
}

/**
 * The top window's side: shows the popovers its small frames ask for, in its own surface.
 * `findReferences` is the page's detector once loaded (the clause texts shown link their citations).
 */
export function startTopPopovers(surface: PageSurface, signal: AbortSignal, findReferences: () => ReferencePopover['findReferences']): void {
  if (isSubframe() || signal.aborted) return;
  const slot = surface.slot();
  let shown: { frameId: number; reference: Reference; anchor: Box } | null = null;
  let shows = 0;
  let hovered = false;
  let linger = 0;
  let script: Script = 'original';
  void loadScriptPreference().then((stored) => (script = stored), report);

  const close = () => {
    clearTimeout(linger);
    hovered = false;
    if (!shown) return;
    const { frameId } = shown;
    shown = null;
    slot.render(null);
    ask({ type: 'frame-popover-closed', frameId }).catch(report);
  };
  const render = (show: number) => {
    if (!shown) return;
    const { reference, anchor } = shown;
    // Drawn again once the part of the library a clause text names has arrived, if still shown.
    const find = findReferences();
    const linked = find && ((text: string) => find(text, () => shows === show && render(show)) ?? []);
    slot.render((kit) =>
      kit.referencePopoverView({
        show,
        anchor,
        reference,
        script,
        onScriptChange: (next) => {
          script = next;
          void saveScriptPreference(next);
          render(show);
        },
        onClose: close,
        onPointerEnter: () => {
          hovered = true;
          clearTimeout(linger);
        },
        onPointerLeave: () => {
          hovered = false;
          linger = window.setTimeout(close, LINGER_MS);
        },
        findReferences: linked,
      }),
    );
  };

  const take = ({ frameId, popover }: Extract<ContentCommand, { type: 'frame-popover' }>): boolean => {
    if (!popover.reference) {
      // The pointer left the frame, maybe for the popover here: it stays while the pointer is on
      // it, and goes after the usual linger if the pointer does not come.
      if (shown?.frameId === frameId && !hovered) {
        clearTimeout(linger);
        linger = window.setTimeout(close, LINGER_MS);
      }
      return true;
    }
    const origin = frameOrigin(popover.frame);
    if (!origin) return false;
    clearTimeout(linger);
    const { left, top, width, height } = popover.anchor;
    shown = { frameId, reference: popover.reference, anchor: { left: origin.x + left, top: origin.y + top, width, height } };
    surface.prepare({ now: true });
    render(++shows);
    return true;
  };

  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id || (message as ContentCommand | undefined)?.type !== 'frame-popover') return;
    sendResponse(take(message as Extract<ContentCommand, { type: 'frame-popover' }>));
  };
  browser.runtime.onMessage.addListener(onMessage);
  addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && close(), { signal, capture: true });
  // The frame moved with the page: the popover would no longer be beside its reference.
  document.addEventListener('scroll', close, { passive: true, signal });
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(onMessage);
    close();
  });
}

/**
 * Where the frame's viewport starts in this one: the <iframe> (or <frame>) showing that address
 * whose content box has that size, looked for here and inside same-origin frames (a frame's
 * own frames are reached through it). One inside a cross-origin frame is not found (null).
 */
function frameOrigin(frame: FramePopover['frame']): { x: number; y: number } | null {
  const srcdoc = frame.url === 'about:srcdoc';
  let best: { x: number; y: number; off: number; sameAddress: boolean } | null = null;
  for (const { element, x, y, width, height } of framesIn(document, 0, 0)) {
    const sameAddress = srcdoc ? element.hasAttribute('srcdoc') : element.src === frame.url;
    const off = Math.abs(width - frame.width) + Math.abs(height - frame.height);
    // The address decides first, then the size.
    if (best && (best.sameAddress > sameAddress || (best.sameAddress === sameAddress && best.off <= off))) continue;
    best = { x, y, off, sameAddress };
  }
  // A size that matches no frame here (within rounding) is a frame this window cannot see.
  return best && best.off <= 2 ? { x: best.x, y: best.y } : null;
}

type FoundFrame = { element: HTMLIFrameElement | HTMLFrameElement; x: number; y: number; width: number; height: number };

/** The frames of `doc` with their content boxes in this window's viewport (`x`, `y`: where `doc`'s viewport starts). */
function framesIn(doc: Document, x: number, y: number): FoundFrame[] {
  const found: FoundFrame[] = [];
  for (const element of doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
    const style = (doc.defaultView ?? window).getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const [padTop, padRight, padBottom, padLeft] = [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map(parseFloat) as [number, number, number, number];
    const at = { x: x + rect.left + element.clientLeft + padLeft, y: y + rect.top + element.clientTop + padTop };
    found.push({ element, ...at, width: element.clientWidth - padLeft - padRight, height: element.clientHeight - padTop - padBottom });
    let inner: Document | null = null;
    try {
      inner = element.contentDocument;
    } catch {
      inner = null;
    }
    if (inner) for (const nested of framesIn(inner, at.x, at.y)) found.push(nested);
  }
  return found;
}
