// Where a Chromium bench rests the pointer on a reference: the middle of the character three from
// the end of its first occurrence, inside the reference whatever inline elements split it.
import type { Page } from '@playwright/test';

export function pointNearTextEnd(page: Page, needle: string): Promise<{ x: number; y: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(text.slice(-3));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`not on page: ${text}`);
  }, needle);
}
