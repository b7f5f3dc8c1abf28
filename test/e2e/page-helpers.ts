import type { Page } from '@playwright/test';

/**
 * Moves the pointer onto the middle of the `nth` occurrence of `text` in the page's visible
 * text (it may span elements), as a reader resting the mouse on it would.
 */
export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  const point = await page.evaluate(
    ([needle, index]) => {
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
      const find = (offset: number) => {
        let i = starts.length - 1;
        while (starts[i]! > offset) i--;
        return [nodes[i]!, offset - starts[i]!] as const;
      };
      const range = document.createRange();
      range.setStart(...find(at));
      range.setEnd(...find(at + needle.length - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    },
    [text, nth] as const,
  );
  await page.mouse.move(point.x, point.y, { steps: 2 });
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

/** A UI string as the extension shows it in this browser's language. */
export function message(page: Page, key: string, substitution?: string): Promise<string> {
  return page.evaluate(([k, sub]) => chrome.i18n.getMessage(k!, sub), [key, substitution] as const);
}
