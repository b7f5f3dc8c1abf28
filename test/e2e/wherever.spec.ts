import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ui } from './page-helpers';
import { TITLE } from './seed-facts';

/**
 * References wherever the page's text is: inside page components' open shadow roots, and
 * inside frames (same-origin, cross-origin, srcdoc).
 */

/** Ranges drawn (known references) whose text lies in the open shadow root of `hostSelector`. */
function shadowReferences(page: Page, hostSelector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const shadow = document.querySelector(sel)?.shadowRoot;
    const ranges = [...(CSS.highlights.get('policy-lens-ref') ?? [])] as Range[];
    return ranges.filter((r) => shadow && r.startContainer.getRootNode() === shadow).map((r) => r.toString());
  }, hostSelector);
}

/** A viewport point on `text` inside the open shadow root of `hostSelector`. */
function pointInShadow(page: Page, hostSelector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([sel, needle]) => {
      const shadow = document.querySelector(sel!)!.shadowRoot!;
      const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(needle!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle!.length);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`not in the shadow root: ${needle}`);
    },
    [hostSelector, text] as const,
  );
}

test.describe('a page component with an open shadow root', () => {
  test('its reference is underlined and opens a popover on hover', async ({ page, origin }) => {
    await page.goto(`${origin}/shadow-component.html`);
    await expect.poll(() => shadowReferences(page, '#card')).toContain('苏政发〔2018〕144号');
    const point = await pointInShadow(page, '#card', '〔2018〕144号');
    await page.mouse.move(point.x, point.y, { steps: 2 });
    await expect(ui(page).getByRole('dialog', { name: TITLE['004'] })).toBeVisible();
  });

  test('text added to its shadow root later is read too', async ({ page, origin }) => {
    await page.goto(`${origin}/shadow-component.html`);
    await expect.poll(() => shadowReferences(page, '#late'), { timeout: 10_000 }).toContain('商自贸发〔2025〕162号');
  });
});
