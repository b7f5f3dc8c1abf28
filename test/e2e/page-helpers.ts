import { selectors, type Locator, type Page, type Worker } from '@playwright/test';

/**
 * Finds the `nth` occurrence of `text` in the page's text (it may span elements), then either
 * selects it, as a reader dragging over it would, or returns a point on it.
 */
function onText(page: Page, text: string, nth: number, mode: 'select' | 'point'): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([needle, index, action]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      const starts: number[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push(n as Text);
        starts.push(all.length);
        all += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= index; i++) at = all.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`text not on page: ${needle}`);
      // An end offset on a node boundary belongs to the node before it.
      const find = (offset: number, end: boolean) => {
        let i = starts.length - 1;
        while (starts[i]! > offset || (end && starts[i]! === offset && i > 0)) i--;
        return [nodes[i]!, offset - starts[i]!] as const;
      };
      const range = document.createRange();
      range.setStart(...find(at, false));
      range.setEnd(...find(at + needle.length, true));
      if (action === 'select') {
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return null;
      }
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    },
    [text, nth, mode] as const,
  );
}

/** A viewport point on the `nth` occurrence of `text`, scrolled into view. */
export async function pointOnText(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return (await onText(page, text, nth, 'point'))!;
}

/** Rests the pointer on the `nth` occurrence of `text`, as a reader would. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  const point = await pointOnText(page, text, nth);
  await page.mouse.move(point.x, point.y, { steps: 2 });
}

/** Selects the first occurrence of `text` in the page body, across elements if need be. */
export async function selectText(page: Page, text: string): Promise<void> {
  await onText(page, text, 0, 'select');
}

/** Waits until the content script has drawn at least `min` references. */
export async function waitForReferences(page: Page, min = 1): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const size = (CSS.highlights.get('policy-lens-ref')?.size ?? 0) + (CSS.highlights.get('policy-lens-ref-unknown')?.size ?? 0);
      return size >= n ? size : false;
    },
    min,
  );
  return (await handle.jsonValue()) as number;
}

/** Text, positions and sizes of the page's own elements, to compare before and after. */
export async function pageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify({
      text: document.body.innerText,
      html: document.body.innerHTML,
      boxes: [...document.body.querySelectorAll('*')].map((el) => {
        const r = el.getBoundingClientRect();
        return [el.tagName, Math.round(r.x + scrollX), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)];
      }),
      active: document.activeElement?.tagName,
    }),
  );
}

/**
 * A UI string as the extension shows it in this browser's language, read in an extension page
 * or the service worker (web pages have no chrome.i18n).
 */
export function message(where: Page | Worker, key: string, substitution?: string): Promise<string> {
  return (where as Page).evaluate(([k, sub]) => chrome.i18n.getMessage(k!, sub), [key, substitution] as const);
}

/**
 * Negative checks ("nothing opens") that a late opening cannot slip past. `watchFor` starts
 * recording, in the page, every element matching `role` that appears, in the document, an open
 * shadow root or the extension's closed one (through the bridge below), checked on every DOM
 * change and every 16 ms; `opened` returns what has
 * appeared since. The window to watch is measured, not guessed: `timeToOpen` times how long a
 * real reference on the same page takes from the pointer coming to rest to its popover
 * (dwell time included), and a negative check watches for twice the slowest such opening.
 */
export async function watchFor(page: Page, role: 'dialog' | 'toolbar'): Promise<void> {
  await bridgeUi(page);
  await page.evaluate((r) => {
    const w = window as unknown as { __plWatch?: { seen: string[]; stop: () => void } };
    w.__plWatch?.stop();
    const seen: string[] = [];
    const look = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll(`[role="${r}"]`)) {
        const labelledBy = el.getAttribute('aria-labelledby');
        const label = labelledBy ? root.getElementById(labelledBy)?.textContent : null;
        const name = el.getAttribute('aria-label') ?? label ?? el.textContent?.slice(0, 40) ?? '';
        if (!seen.includes(name)) seen.push(name);
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) look(host.shadowRoot);
    };
    // The extension's own (closed) root, as the test bridge below hands it to the page.
    const check = () => {
      look(document);
      const bridgedRoot = (globalThis as Record<string, unknown>)['__policyLensTestUi'] as ShadowRoot | undefined;
      if (bridgedRoot) look(bridgedRoot);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    const timer = setInterval(check, 16);
    w.__plWatch = { seen, stop: () => (observer.disconnect(), clearInterval(timer)) };
  }, role);
}

/** What `watchFor` saw appear since it started (by accessible name), and stops watching. */
export async function opened(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __plWatch?: { seen: string[]; stop: () => void } };
    w.__plWatch?.stop();
    return w.__plWatch?.seen ?? [];
  });
}

/** Milliseconds from resting the pointer on `text` to its popover being visible, then closes it. */
export async function timeToOpen(page: Page, text: string): Promise<number> {
  const point = await pointOnText(page, text);
  await page.mouse.move(0, 0);
  const started = Date.now();
  await page.mouse.move(point.x, point.y);
  await ui(page).getByRole('dialog').first().waitFor({ state: 'visible' });
  const elapsed = Date.now() - started;
  await page.keyboard.press('Escape');
  await ui(page).getByRole('dialog').first().waitFor({ state: 'detached' });
  return elapsed;
}

/**
 * Rests the pointer on each text in turn and checks that no popover appears at any moment
 * within `windowMs` of it (the whole window is observed, not only its end).
 */
export async function expectNoPopoverOn(page: Page, texts: string[], windowMs: number): Promise<void> {
  for (const text of texts) {
    await page.mouse.move(0, 0);
    await watchFor(page, 'dialog');
    await hoverText(page, text);
    await page.waitForTimeout(windowMs);
    const seen = await opened(page);
    if (seen.length) throw new Error(`a popover opened on 「${text}」 within ${windowMs} ms: ${seen.join(', ')}`);
  }
}

/**
 * The positive twin of `expectNoPopoverOn`: checks that an element with `role` is shown in the
 * extension's UI at every moment of the next `windowMs` (on every DOM change and every 16 ms),
 * so a popover that closes and reopens within the window fails, as one closed at its end does.
 */
export async function expectShownThroughout(page: Page, role: 'dialog' | 'toolbar', windowMs: number): Promise<void> {
  await bridgeUi(page);
  const missing = await page.evaluate(
    ([r, ms]) =>
      new Promise<number>((resolve) => {
        let misses = 0;
        const check = () => {
          const root = (globalThis as Record<string, unknown>)['__policyLensTestUi'] as ShadowRoot | undefined;
          if (!root?.querySelector(`[role="${r}"]`)) misses++;
        };
        check();
        const observer = new MutationObserver(check);
        observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
        const bridgedRoot = (globalThis as Record<string, unknown>)['__policyLensTestUi'] as ShadowRoot | undefined;
        if (bridgedRoot) observer.observe(bridgedRoot, { childList: true, subtree: true });
        const timer = setInterval(check, 16);
        setTimeout(() => {
          observer.disconnect();
          clearInterval(timer);
          resolve(misses);
        }, ms as number);
      }),
    [role, windowMs] as const,
  );
  if (missing) throw new Error(`no ${role} shown at ${missing} moments within ${windowMs} ms`);
}

/**
 * Waits until at least `min` references are drawn inside the element `selector` matches. Counting
 * references on the whole page before and after text arrives races with the page: the text may
 * already be there, and read, when the first count is taken.
 */
export async function waitForReferencesIn(page: Page, selector: string, min = 1): Promise<void> {
  await page.waitForFunction(
    ([sel, n]) => {
      const el = document.querySelector(sel as string);
      if (!el) return false;
      const ranges = [...(CSS.highlights.get('policy-lens-ref') ?? [])] as Range[];
      return ranges.filter((r) => el.contains(r.commonAncestorContainer)).length >= (n as number);
    },
    [selector, min] as const,
  );
}

/** Where the test-only CDP bridge below leaves the extension's closed shadow root, in the page's main world. */
const TEST_ROOT = '__policyLensTestUi';
const HOST = 'policy-lens-ui';

/**
 * A locator engine over the extension's UI. Its shadow root is closed, so Playwright's own
 * engines (which pierce open roots only) cannot see into it; this one queries the root the
 * bridge handed to the page's main world. Only tests do that: the shipped build exposes nothing.
 */
const engineRegistered = selectors.register('policy-lens-ui', () => {
  // The root's last child is the container every layer renders into.
  const container = () => ((globalThis as Record<string, unknown>)['__policyLensTestUi'] as ShadowRoot | undefined)?.lastElementChild ?? null;
  return {
    query: () => container(),
    queryAll: () => {
      const found = container();
      return found ? [found] : [];
    },
  };
}).catch((error: Error) => {
  // Spec files of one worker share this module, but be safe if it is loaded twice.
  if (!/already registered/.test(error.message)) throw error;
});

const bridged = new WeakMap<Page, Promise<void>>();

/**
 * Hands the extension's closed shadow root to the page's main world through the DevTools
 * protocol (DOM.getDocument with pierce reaches closed roots; DOM.resolveNode makes a script
 * object of one), again whenever the host is replaced (pause and resume, navigation).
 */
async function bridge(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let last = 0;
  const expose = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 2, pierce: true });
    const html = root.children?.find((node) => node.nodeName === 'HTML');
    const shadow = html?.children?.find((node) => node.localName === HOST)?.shadowRoots?.[0];
    if (!shadow || shadow.backendNodeId === last) return;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: `function () { globalThis.${TEST_ROOT} = this; }` });
    last = shadow.backendNodeId;
  };
  const timer = setInterval(() => void expose().catch(() => (last = 0)), 100);
  page.once('close', () => clearInterval(timer));
  await expose().catch(() => (last = 0));
}

/** Starts the bridge for `page` once, after the locator engine is registered. */
export async function bridgeUi(page: Page): Promise<void> {
  await engineRegistered;
  if (!bridged.has(page)) bridged.set(page, bridge(page));
  await bridged.get(page);
}

/**
 * The extension's in-page UI (popover, selection toolbar, note editor and card), for locators:
 * `ui(page).getByRole('dialog')`. Test-only, through the DevTools protocol; locators wait for
 * the bridge like for anything else. Hostile-page tests do not call it: it would hand the
 * root to the page.
 */
export function ui(page: Page): Locator {
  void bridgeUi(page);
  return page.locator('policy-lens-ui=container');
}
