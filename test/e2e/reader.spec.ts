// A reader's flows on a news page laid out at fixed heights of a 1280×900 window (issue 16):
// the popover stays open, opens where there is room, and keeps what matters in sight.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectShownThroughout, message, selectText, ui, waitForReferences } from './page-helpers';
import { TITLE, TITLE_000_SIMPLIFIED } from './seed-facts';

/**
 * How long a popover that should stay open is watched: two rescans of the page (600 ms apart,
 * reference-layer.ts) and the pointer's linger (300 ms, page-surface.ts) after them, each a
 * moment a wrong close would happen.
 */
const STAYS_OPEN_MS = 2 * 600 + 300;

/** The box of `text` inside `#id` where it is now: the page is not scrolled. */
function boxOf(page: Page, id: string, text: string) {
  return page.evaluate(
    ([id, text]) => {
      const node = document.getElementById(id)!.firstChild as Text;
      const at = node.data.indexOf(text);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getClientRects()[0]!;
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    },
    [id, text] as const,
  );
}

async function rest(page: Page, id: string, text: string) {
  const box = await boxOf(page, id, text);
  await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2, { steps: 2 });
  return box;
}

test.describe('popover placement in a 1280×900 window', () => {
  test.beforeEach(async ({ page, origin }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/reader-edges.html`);
    await waitForReferences(page, 5);
  });

  test('stays open while the pointer rests on its reference', async ({ page }) => {
    await rest(page, 'mid', '《措施》');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['002-3'] });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.pl-text, .pl-outline').first()).toBeVisible();
    await expectShownThroughout(page, 'dialog', STAYS_OPEN_MS);
    await expect(dialog).toBeVisible();
  });

  test('a reference in the lower third opens above, with room for the clause', async ({ page }) => {
    const anchor = await rest(page, 'low', '第十条');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['002-3'] });
    await expect(dialog.locator('.pl-text')).toBeVisible();
    // Placed once its clause has loaded: waited for, then held through the watch below.
    const placedAbove = async () => {
      const box = (await dialog.boundingBox())!;
      return { above: box.y + box.height <= anchor.top, roomy: box.height > 300 };
    };
    await expect.poll(placedAbove).toEqual({ above: true, roomy: true });
    await expectShownThroughout(page, 'dialog', STAYS_OPEN_MS);
    expect(await placedAbove()).toEqual({ above: true, roomy: true });
  });

  test('the note editor near the bottom edge is whole: comment box, Save and Cancel in sight', async ({ page, serviceWorker }) => {
    await selectText(page, '确保各项支持政策落地见效');
    await ui(page).getByRole('toolbar', { name: await message(serviceWorker, 'noteToolbar') }).getByRole('button', { name: await message(serviceWorker, 'noteAddWithComment') }).click();
    const editor = ui(page).getByRole('dialog', { name: await message(serviceWorker, 'noteEditorTitle') });
    const comment = editor.getByLabel(await message(serviceWorker, 'noteComment'));
    await expect(comment).toBeFocused();
    await expect.poll(async () => (await comment.boundingBox())!.height).toBeGreaterThan(60);
    for (const name of ['noteSave', 'noteCancel']) await expect(editor.getByRole('button', { name: await message(serviceWorker, name) })).toBeInViewport({ ratio: 1 });
  });
});

test.describe('what the popover shows', () => {
  test.beforeEach(async ({ page, origin }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/reader-edges.html`);
    await waitForReferences(page, 5);
  });

  test('a clause comes first, its document in one line under it with the validity', async ({ page, serviceWorker }) => {
    await rest(page, 'mid', '第十三条');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['002-3'] });
    const text = dialog.locator('.pl-text');
    const meta = dialog.locator('.pl-meta-line');
    await expect(text).toBeVisible();
    await expect(meta).toBeVisible();
    expect(await text.evaluate((t, m) => Boolean(t.compareDocumentPosition(m!) & Node.DOCUMENT_POSITION_FOLLOWING), await meta.elementHandle())).toBe(true);
    expect((await meta.boundingBox())!.height).toBeLessThan(24);
    await expect(meta.locator('[data-validity]')).toHaveText(await message(serviceWorker, 'validityUnknown'));
  });

  test('only an implementing relation is 上位/下位; a plain citation is 引用', async ({ page, serviceWorker }) => {
    await rest(page, 'top', '苏政发〔2018〕144号');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['004'] });
    const cited = dialog.locator('.pl-links li', { hasText: '《中国药品目录集》' });
    await expect(cited.locator('.pl-badge')).toHaveText(await message(serviceWorker, 'linkCites'));
    const implementing = dialog.locator('.pl-links li', { hasText: `《${TITLE['002-3']}》` });
    await expect(implementing.locator('.pl-badge')).toHaveText(await message(serviceWorker, 'linkLower'));
  });

  test('outline entries show their printed label once', async ({ page }) => {
    await rest(page, 'top', '苏政发〔2018〕144号');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['004'] });
    const entry = dialog.locator('.pl-outline li').nth(3);
    await expect(entry).toBeVisible();
    expect(await entry.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
  });

  test('in 简体 every text follows, related headings of the 繁體 national plan too; focus stays on the pressed switch', async ({ page, serviceWorker }) => {
    await rest(page, 'low', '第十条');
    const dialog = ui(page).getByRole('dialog', { name: TITLE['002-3'] });
    await expect(dialog.locator('.pl-related-group').first()).toContainText('提升臨床研究水平');
    const simplified = dialog.getByRole('radio', { name: await message(serviceWorker, 'scriptSimplified') });
    try {
      await simplified.click();
      await expect(dialog.locator('.pl-related-group').first()).toContainText('提升临床研究水平');
      await expect(dialog.locator('.pl-related-group').first()).toContainText(`《${TITLE_000_SIMPLIFIED}》`);
      await expect(simplified).toBeFocused();
    } finally {
      await serviceWorker.evaluate(() => chrome.storage.local.remove('displayScript'));
    }
  });

  test('a citation copied in 繁體 comes out in 繁體, with the wording unchanged', async ({ page, context, origin, serviceWorker }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await rest(page, 'mid', '第十三条');
    // Named by its title, which changes script with the rest.
    const dialog = ui(page).getByRole('dialog');
    try {
      await dialog.getByRole('radio', { name: await message(serviceWorker, 'scriptTaiwan') }).click();
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('關於加快推進蘇州市生物醫藥產業高質量發展的若干措施');
      await dialog.getByRole('button', { name: await message(serviceWorker, 'copyCitation') }).click();
      await expect(dialog.getByRole('button', { name: await message(serviceWorker, 'copied') })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('《關於加快推進蘇州市生物醫藥產業高質量發展的若干措施》第十三條');
      await dialog.getByRole('button', { name: await message(serviceWorker, 'copyGbt') }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('關於加快推進蘇州市生物醫藥產業高質量發展的若干措施[Z].');
    } finally {
      await serviceWorker.evaluate(() => chrome.storage.local.remove('displayScript'));
    }
  });

  test('after following a related measure, Back returns to the clause, with focus kept in the popover', async ({ page, serviceWorker }) => {
    await rest(page, 'low', '第十条');
    const dialog = ui(page).getByRole('dialog');
    await expect(dialog.locator('.pl-clause')).toHaveAttribute('data-clause-id', '002-3:第二章/第十条');
    await dialog.locator('.pl-related-group button').first().click();
    await expect(dialog.locator('.pl-clause')).not.toHaveAttribute('data-clause-id', '002-3:第二章/第十条');
    const back = dialog.getByRole('button', { name: await message(serviceWorker, 'back') });
    await expect(back).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.pl-clause')).toHaveAttribute('data-clause-id', '002-3:第二章/第十条');
    await expect(back).toHaveCount(0);
  });
});

test.describe('references reachable from the keyboard', () => {
  test.beforeEach(async ({ page, origin }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/reader-edges.html`);
  });

  test('本页引用 in the popup lists the page’s references in order, each opening its popover in the page', async ({ page, context, extensionId }) => {
    const count = await waitForReferences(page, 5);
    const popup = await context.newPage();
    try {
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      // The popup lists the active tab's references: the news page, as when opened over it.
      await page.bringToFront();
      await popup.reload();
      await popup.getByRole('tab', { name: await message(popup, 'pageReferences') }).click();
      const items = popup.getByRole('tabpanel').getByRole('listitem');
      await expect(items).toHaveCount(count);
      await expect(items.first()).toContainText(`《${TITLE['002-3']}》`);
      await expect(items.last()).toContainText(`《${TITLE['002-2']}》`);
      await popup.getByRole('button', { name: '第十条', exact: true }).click();
      await expect(ui(page).getByRole('dialog').locator('.pl-clause')).toHaveAttribute('data-clause-id', '002-3:第二章/第十条');
    } finally {
      await popup.close();
    }
  });

  test('the next-reference command steps from one reference to the next', async ({ page, serviceWorker }) => {
    await waitForReferences(page, 5);
    await page.bringToFront();
    const next = () =>
      // What the background does on the shortcut (Alt+Shift+J), which headless Chromium cannot press.
      serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'next-reference' });
      });
    await next();
    const dialog = ui(page).getByRole('dialog');
    await expect(dialog).toHaveAccessibleName(TITLE['002-3']);
    await expect(dialog.locator('.pl-document')).toBeVisible();
    // In page order after the title: its short form 《措施》 (defined right after it),
    // 苏政发〔2018〕144号, then 《措施》 again in the next paragraph. The command has been handled
    // when sendMessage returns (the references are all in view: no scroll to wait for), so 004
    // at the second step shows the first step moved on too.
    for (const id of ['002-3', '004', '002-3'] as const) {
      await next();
      await expect(dialog.locator('h2')).toHaveText(TITLE[id]);
    }
  });
});
