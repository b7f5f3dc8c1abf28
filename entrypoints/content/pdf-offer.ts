import { embeddedPdfAddress, type EmbedTag } from '@/lib/pdf/embedded';
import { isPdfAddress } from '@/lib/pdf/reader-link';
import type { PdfOffer } from '../content-ui/pdf-offer-view';
import type { HoverSource } from './hover-intent';
import { MIN_FRAME } from './frame-gate';
import { ask } from './messaging';
import { reporter } from './page-hooks';
import type { PageSurface } from './page-surface';
import { onAbort } from './reference-layer';

const report = reporter('pdf-offer');

/**
 * The browser's own PDF viewer runs no content script, so a PDF embedded in the page (an
 * <iframe>, <embed> or <object>) or linked from it is offered to the extension's reader: a
 * small, dismissible 在阅读器中打开 in the embed's bottom-right corner, or under a PDF link the
 * pointer rests on. Which elements show PDFs is read from their markup (lib/pdf/embedded.ts)
 * or, for a same-origin frame whose address says nothing, from the type the browser loaded it
 * with; nothing is fetched. A dismissed offer stays away from that element until the page is
 * left (or detection is paused and resumed).
 */
const EMBEDS = 'iframe, embed, object';
const RESCAN_MS = 500;
/**
 * How far the embed's offer sits inside its bottom-right corner: clear of the viewer's own
 * toolbar (Chrome's and pdf.js's run along the top, with download and print on the right) and
 * of its scrollbar.
 */
const INSET = { x: 24, y: 12 };
/** The gap between a link and its offer; small enough for the pointer to cross within the hover linger. */
const LINK_GAP = 2;
/** Under this room below a link, its offer goes above it. */
const ROOM_BELOW = 32;

export function startPdfOffers(surface: PageSurface, signal: AbortSignal): void {
  if (signal.aborted) return;
  const slot = surface.slot();
  const embeds = new Map<Element, string>();
  const dismissed = new WeakSet<Element>();
  const keys = new WeakMap<Element, string>();
  let keyCount = 0;
  const keyOf = (element: Element) => {
    let key = keys.get(element);
    if (!key) keys.set(element, (key = `pdf-${++keyCount}`));
    return key;
  };
  let link: HTMLAnchorElement | null = null;

  const offers = (): PdfOffer[] => {
    const shown: PdfOffer[] = [];
    for (const [element, url] of embeds) {
      const rect = element.getBoundingClientRect();
      // Hidden, too small to be read, or scrolled out of view: no offer.
      if (rect.width < MIN_FRAME.width || rect.height < MIN_FRAME.height) continue;
      if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) continue;
      // Kept in view while the embed is partly scrolled off.
      shown.push({ key: keyOf(element), url, x: Math.min(rect.right, innerWidth) - INSET.x, y: Math.min(rect.bottom, innerHeight) - INSET.y, alignEnd: true, above: true });
    }
    if (link?.isConnected) {
      const lines = link.getClientRects();
      const last = lines[lines.length - 1];
      if (last) {
        const above = innerHeight - last.bottom < ROOM_BELOW;
        shown.push({ key: keyOf(link), url: link.href, x: last.left, y: above ? lines[0]!.top - LINK_GAP : last.bottom + LINK_GAP, alignEnd: false, above });
      }
    }
    return shown;
  };

  let drawn = false;
  const render = () => {
    if (signal.aborted) return;
    const shown = offers();
    if (shown.length === 0) {
      if (drawn) slot.render(null);
      drawn = false;
      return;
    }
    drawn = true;
    slot.render((kit) =>
      kit.pdfOffersView({
        offers: shown,
        onOpen: (url) => {
          ask({ type: 'open-pdf-reader', url }).catch(report);
          if (link) closeLink();
        },
        onDismiss: (key) => {
          for (const element of embeds.keys()) if (keyOf(element) === key) dismiss(element);
          if (link && keyOf(link) === key) dismiss(link);
        },
        onPointerEnter: surface.hover.surfaceEnter,
        onPointerLeave: surface.hover.surfaceLeave,
      }),
    );
  };

  const dismiss = (element: Element) => {
    dismissed.add(element);
    embeds.delete(element);
    if (element === link) closeLink();
    else render();
  };

  const links: HoverSource<HTMLAnchorElement> = {
    find: (x, y) => {
      const anchor = document.elementFromPoint(x, y)?.closest('a[href]');
      return anchor instanceof HTMLAnchorElement && !dismissed.has(anchor) && isPdfAddress(anchor.href) ? anchor : null;
    },
    open: (anchor) => {
      link = anchor;
      surface.hover.shownNow(links, anchor);
      surface.prepare({ now: true });
      render();
    },
    close: () => closeLink(),
  };
  const closeLink = () => {
    if (!link) return;
    link = null;
    surface.hover.shownNow(links, null);
    render();
  };

  const scan = (root: ParentNode) => {
    const found = root instanceof Element && root.matches(EMBEDS) ? [root, ...root.querySelectorAll(EMBEDS)] : [...root.querySelectorAll(EMBEDS)];
    let added = false;
    for (const element of found) {
      if (dismissed.has(element) || embeds.has(element)) continue;
      const url = pdfAddressOf(element);
      // An <embed> kept as an <object>'s fallback shows the same PDF: one offer.
      const outer = element.parentElement?.closest('object');
      if (!url || (outer && embeds.has(outer))) continue;
      embeds.set(element, url);
      added = true;
    }
    return added;
  };

  // Re-placed once per frame while the page scrolls or resizes, only while something is shown.
  let frame = 0;
  const reposition = () => {
    if (!drawn || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };
  const listening = { passive: true, capture: true, signal };
  addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && closeLink(), { capture: true, signal });
  addEventListener('scroll', reposition, listening);
  addEventListener('resize', reposition, listening);
  // A frame's load does not bubble, but passes the document on its way down.
  document.addEventListener(
    'load',
    (event) => {
      if (event.target instanceof HTMLIFrameElement && event.target.isConnected && scan(event.target)) render();
    },
    { capture: true, signal },
  );

  onAbort(signal, () => cancelAnimationFrame(frame));
  onAbort(signal, surface.hover.add(links));
  onAbort(
    signal,
    surface.watchBody({
      onChange: (changed) => {
        let touched = false;
        for (const node of changed) if (node.isConnected && (node instanceof Element || node instanceof DocumentFragment) && scan(node)) touched = true;
        for (const element of embeds.keys()) {
          if (element.isConnected) continue;
          embeds.delete(element);
          touched = true;
        }
        if (touched) render();
      },
      // A clock or ticker that holds no frame, embed or object offers no PDF.
      ignorable: (element) => !element.matches(EMBEDS) && !element.querySelector(EMBEDS),
      quietMs: RESCAN_MS,
    }),
  );

  if ([document, ...surface.watchedShadowRoots].map(scan).some(Boolean)) {
    surface.prepare();
    render();
  }
}

function pdfAddressOf(element: Element): string | null {
  const tag = element.localName as EmbedTag;
  const source = element.getAttribute(tag === 'object' ? 'data' : 'src');
  return embeddedPdfAddress({ tag, type: element.getAttribute('type'), source }, element.baseURI) ?? loadedPdfAddress(element);
}

/** The address of a same-origin frame the browser loaded as a PDF (a cross-origin one cannot be asked). */
function loadedPdfAddress(element: Element): string | null {
  if (!(element instanceof HTMLIFrameElement)) return null;
  try {
    const loaded = element.contentDocument;
    return loaded?.contentType === 'application/pdf' && /^https?:/.test(loaded.URL) ? loaded.URL : null;
  } catch {
    return null;
  }
}
