import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { serveDirectory } from './launch';
import { hoverText, message, opened, ui, waitForReferences, watchFor } from './page-helpers';
import { APPROVAL_000, CITED_IN_002_3_PREAMBLE, TITLE, TITLE_000_SIMPLIFIED } from './seed-facts';

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

/** The references drawn in one frame's document. */
function frameReferences(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...((CSS.highlights.get('policy-lens-ref') ?? []) as Iterable<Range>)].map((r) => r.toString()));
}

/**
 * The text of the dialogs the extension shows inside frames: its UI there lives in the frame's
 * own closed shadow root, which the DevTools protocol (pierce) can read.
 */
async function dialogsInFrames(page: Page): Promise<string[]> {
  type DomNode = { nodeType: number; nodeValue: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode };
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const kids = (node: DomNode) => [...(node.children ?? []), ...(node.shadowRoots ?? [])];
  const text = (node: DomNode): string => (node.nodeType === 3 ? node.nodeValue : kids(node).map(text).join(''));
  const found: string[] = [];
  const visit = (node: DomNode, inFrame: boolean) => {
    const attrs = node.attributes ?? [];
    const isDialog = attrs.some((name, i) => i % 2 === 0 && name === 'role' && attrs[i + 1] === 'dialog');
    if (inFrame && isDialog) found.push(text(node));
    for (const child of kids(node)) visit(child, inFrame);
    if (node.contentDocument) visit(node.contentDocument, true);
  };
  visit(root, false);
  return found;
}

/** Rests the pointer on `text` inside the frame shown by the <iframe> `selector`; returns that point in the page. */
async function hoverInFrame(page: Page, selector: string, text: string): Promise<{ x: number; y: number }> {
  const frame = (await page.locator(selector).elementHandle())!;
  const box = (await frame.boundingBox())!;
  const inner = (await frame.contentFrame())!;
  const point = await inner.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`not in the frame: ${needle}`);
  }, text);
  // The frame's border and padding (2px by default) lie between its box and its viewport.
  const [left, top] = await page.locator(selector).evaluate((el) => [el.clientLeft, el.clientTop]);
  const at = { x: box.x + left! + point.x, y: box.y + top! + point.y };
  await page.mouse.move(at.x, at.y, { steps: 3 });
  return at;
}

test.describe('references inside frames', () => {
  let other: Awaited<ReturnType<typeof serveDirectory>>;
  test.beforeAll(async () => {
    other = await serveDirectory('test/e2e/pages');
  });
  test.afterAll(() => void other.server.close());

  const frameOf = async (page: Page, selector: string) => (await (await page.locator(selector).elementHandle())!.contentFrame())!;
  /** The top window's extension surface is up, and with it its ear for the frames' popovers. */
  const topReady = (page: Page) => expect(page.locator('policy-lens-ui')).toHaveCount(1);

  test('same-origin, cross-origin and srcdoc frames are read; a too-small frame waits until it grows', async ({ page, origin }) => {
    await page.goto(`${origin}/frames/host.html?other=${encodeURIComponent(other.origin)}`);
    const same = await frameOf(page, '#same');
    const cross = await frameOf(page, '#cross');
    await expect.poll(() => cross.url()).toContain(other.origin);
    await expect.poll(() => frameReferences(same)).toContain('苏政发〔2018〕144号');
    await expect.poll(() => frameReferences(cross)).toContain('苏政发〔2018〕144号');
    const srcdoc = await frameOf(page, '#srcdoc');
    await expect.poll(() => frameReferences(srcdoc)).toContain('商自贸发〔2025〕162号');
    // The 60×20 frame is an ad slot's size: nothing is read in it.
    const tiny = await frameOf(page, '#tiny');
    expect(await frameReferences(tiny)).toEqual([]);
    await page.locator('#tiny').evaluate((el) => {
      el.setAttribute('width', '500');
      el.setAttribute('height', '120');
    });
    await expect.poll(() => frameReferences(tiny)).toContain('苏政发〔2018〕144号');
  });

  test('a reference in a small cross-origin frame opens its popover in the top window, beside it, and it stays while the pointer is on it', async ({ page, origin }) => {
    await page.goto(`${origin}/frames/host.html?other=${encodeURIComponent(other.origin)}`);
    await topReady(page);
    const cross = await frameOf(page, '#cross');
    await expect.poll(() => frameReferences(cross)).toContain('苏政发〔2018〕144号');
    const started = Date.now();
    const point = await hoverInFrame(page, '#cross', '〔2018〕144号');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['004'] });
    await expect(dialog).toBeVisible();
    // How long opening took (dwell, messages through the background) sets how long to watch it stay.
    const watch = Math.max(2 * (Date.now() - started), 800);
    expect(await dialogsInFrames(page)).toEqual([]);
    // Below the reference, outside the 120 px frame, not over the reference.
    const frameBox = (await page.locator('#cross').boundingBox())!;
    const box = (await dialog.boundingBox())!;
    expect(box.y).toBeGreaterThan(point.y);
    expect(box.y).toBeLessThan(point.y + 40);
    expect(box.y + box.height).toBeGreaterThan(frameBox.y + frameBox.height);
    // Escape (the page has the keyboard) closes it, and the frame hears so: the pointer, still
    // on the reference, opens it again.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await page.mouse.move(point.x + 2, point.y, { steps: 2 });
    await expect(dialog).toBeVisible();
    // The pointer goes from the frame onto the popover, which stays and can be used.
    await page.mouse.move(box.x + 40, box.y + 30, { steps: 6 });
    // The frame, which saw the pointer leave its reference, has long asked to close it by now.
    await page.waitForTimeout(watch);
    await expect(dialog).toBeVisible();
    await dialog.locator('.pl-outline button').first().click();
    await expect(dialog.locator('.pl-text')).toBeVisible();
    // Away from both: it goes; back on the reference, it comes again.
    await page.mouse.move(5, 5, { steps: 4 });
    await expect(dialog).toHaveCount(0);
    await hoverInFrame(page, '#cross', '〔2018〕144号');
    await expect(dialog).toBeVisible();
  });

  test('a pointer that passes over a reference in a frame on its way out of the frame opens nothing', async ({ page, origin }) => {
    await page.goto(`${origin}/frames/host.html?other=${encodeURIComponent(other.origin)}`);
    await topReady(page);
    await expect.poll(async () => frameReferences(await frameOf(page, '#same'))).toContain('苏政发〔2018〕144号');
    // How long a popover takes to open from this frame sets how long to watch for one.
    await page.mouse.move(5, 5);
    const started = Date.now();
    const point = await hoverInFrame(page, '#same', '〔2018〕144号');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['004'] });
    await expect(dialog).toBeVisible();
    const window = Math.max(2 * (Date.now() - started), 600);
    await page.mouse.move(5, 5, { steps: 3 });
    await expect(dialog).toHaveCount(0);
    // Onto the reference and straight out of the frame: the frame hears no move after it.
    await watchFor(page, 'dialog');
    await page.mouse.move(point.x, point.y);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(window);
    expect(await opened(page)).toEqual([]);
  });

  test('same-origin and srcdoc frames that are small are found by the top window too', async ({ page, origin }) => {
    await page.goto(`${origin}/frames/host.html?other=${encodeURIComponent(other.origin)}`);
    await topReady(page);
    for (const [selector, text, title] of [
      ['#same', '〔2018〕144号', TITLE['004']],
      ['#srcdoc', '〔2025〕162号', TITLE['000']],
    ] as const) {
      await expect.poll(async () => (await frameReferences(await frameOf(page, selector))).length).toBeGreaterThan(0);
      const point = await hoverInFrame(page, selector, text);
      const dialog = ui(page).getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      // Beside the reference (below it, or above where the window has more room there), never over it.
      const box = (await dialog.boundingBox())!;
      expect(point.y < box.y || point.y > box.y + box.height).toBe(true);
      await page.mouse.move(5, 5, { steps: 4 });
      await expect(dialog).toHaveCount(0);
    }
    expect(await dialogsInFrames(page)).toEqual([]);
  });

  test('a small frame inside a same-origin frame is placed by the top window through it', async ({ page, origin }) => {
    await page.goto(`${origin}/frames/host.html?other=${encodeURIComponent(other.origin)}`);
    await topReady(page);
    await page.locator('#nest').scrollIntoViewIfNeeded();
    const nest = page.frameLocator('#nest');
    const deep = (await (await nest.locator('#deep').elementHandle())!.contentFrame())!;
    await expect.poll(() => frameReferences(deep)).toContain('苏政发〔2018〕144号');
    // The reference's point in the page: the nested frame's box (Playwright's, in page
    // coordinates) plus its border and padding, plus the point in it.
    const box = (await nest.locator('#deep').boundingBox())!;
    const inset = await nest.locator('#deep').evaluate((el) => {
      const style = getComputedStyle(el);
      return { x: el.clientLeft + parseFloat(style.paddingLeft), y: el.clientTop + parseFloat(style.paddingTop) };
    });
    // A point on the reference's first characters, and the bottom of the whole reference (which
    // wraps in this narrow frame): the popover goes under the reference's box.
    const inner = await deep.evaluate(() => {
      const text = document.querySelector('#ref')!.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf('苏政发〔2018〕144号');
      range.setStart(text, at);
      range.setEnd(text, at + 3);
      const first = range.getBoundingClientRect();
      range.setEnd(text, at + '苏政发〔2018〕144号'.length);
      return { x: first.left + first.width / 2, y: first.top + first.height / 2, bottom: range.getBoundingClientRect().bottom };
    });
    const point = { x: box.x + inset.x + inner.x, y: box.y + inset.y + inner.y };
    await page.mouse.move(point.x, point.y, { steps: 3 });
    const dialog = ui(page).getByRole('dialog', { name: TITLE['004'] });
    await expect(dialog).toBeVisible();
    // Right under the reference: the two frames' offsets were added up.
    const shown = (await dialog.boundingBox())!;
    const lineBottom = box.y + inset.y + inner.bottom;
    expect(shown.y).toBeGreaterThanOrEqual(lineBottom);
    expect(shown.y).toBeLessThan(lineBottom + 12);
    expect(await dialogsInFrames(page)).toEqual([]);
  });

  test('a frame large enough for the popover keeps it inside', async ({ page, origin }) => {
    await page.goto(`${origin}/frames/host.html?other=${encodeURIComponent(other.origin)}`);
    const roomy = await frameOf(page, '#roomy');
    await expect.poll(() => frameReferences(roomy)).toContain('苏政发〔2018〕144号');
    await page.locator('#roomy').scrollIntoViewIfNeeded();
    await hoverInFrame(page, '#roomy', '〔2018〕144号');
    await expect.poll(async () => (await dialogsInFrames(page)).some((t) => t.includes(TITLE['004']))).toBe(true);
    await expect(ui(page).getByRole('dialog')).toHaveCount(0);
  });
});

test.describe("citations inside the library's own texts", () => {
  test("a title cited in a clause text shown in the popover opens that document", async ({ page, origin }) => {
    await page.goto(`${origin}/news-simplified.html`);
    await waitForReferences(page, 8);
    await hoverText(page, '第十三条');
    const dialog = ui(page).getByRole('dialog');
    await expect(dialog).toHaveAccessibleName(TITLE['002-3']);
    // Through the document's outline to its preamble, which cites the provincial opinions (004).
    await dialog.locator('.pl-path button').click();
    await dialog.locator('.pl-outline button').first().click();
    await expect(dialog.locator('.pl-text')).toContainText('为贯彻落实');
    await dialog.locator('.pl-text').getByRole('button', { name: CITED_IN_002_3_PREAMBLE }).click();
    await expect(ui(page).getByRole('dialog', { name: TITLE['004'] })).toBeVisible();
  });

  test("in the popup's clause view, 002-3's preamble opens 004, and 000's notice shows the approval", async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('tab', { name: await message(page, 'tabLibrary') }).click();
    await page.getByRole('button', { name: TITLE['002-3'], exact: true }).click();
    await page.locator('.pl-outline button').first().click();
    await expect(page.locator('.pl-text')).toContainText('为贯彻落实');
    await page.locator('.pl-text').getByRole('button', { name: CITED_IN_002_3_PREAMBLE }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(TITLE['004']);

    await page.getByRole('button', { name: await message(page, 'back') }).click();
    await page.getByRole('button', { name: await message(page, 'back') }).click();
    await page.getByRole('button', { name: await message(page, 'back') }).click();
    await page.getByRole('button', { name: TITLE_000_SIMPLIFIED, exact: true }).click();
    await page.locator('.pl-front-matter').getByRole('button', { name: APPROVAL_000.printed }).click();
    await expectApproval(page);
  });

  test('in the library reader, 002-3\'s preamble opens 004, and 000\'s notice shows the approval', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/library.html#clause=${encodeURIComponent('002-3:序言')}`);
    const preamble = page.locator('[data-clause-id="002-3:序言"]');
    await preamble.getByRole('button', { name: CITED_IN_002_3_PREAMBLE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE['004']);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#document=004');

    await page.goto(`chrome-extension://${extensionId}/library.html#document=000`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE['000']);
    await page.locator('.pl-front-matter').getByRole('button', { name: APPROVAL_000.printed }).click();
    await expectApproval(page);
  });
});

/** What the library knows of the State Council's approval it does not hold: its 文号, and that 000 cites it. */
async function expectApproval(page: Page): Promise<void> {
  const view = page.locator('.pl-cited');
  await expect(view.getByRole('heading', { level: 2 })).toContainText('批复');
  await expect(view.locator('.pl-meta dd')).toHaveText(APPROVAL_000.docNumber);
  await expect(view).toContainText(await message(page, 'citedNotHeld'));
  await expect(view.getByRole('button', { name: `《${TITLE_000_SIMPLIFIED}》` })).toBeVisible();
}
