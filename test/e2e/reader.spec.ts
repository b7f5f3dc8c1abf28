// A reader's flows on a news page laid out at fixed heights of a 1280×900 window (issue 16):
// the popover stays open, opens where there is room, and keeps what matters in sight.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { message, selectText, ui, waitForReferences } from './page-helpers';
import { CorpusSchema } from '../../lib/corpus/schema';

const corpus = CorpusSchema.parse(JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')));
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;

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
    const dialog = ui(page).getByRole('dialog', { name: doc('002-3').title });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.pl-text, .pl-outline').first()).toBeVisible();
    await page.waitForTimeout(1500);
    await expect(dialog).toBeVisible();
  });

  test('a reference in the lower third opens above, with room for the clause', async ({ page }) => {
    const anchor = await rest(page, 'low', '第十条');
    const dialog = ui(page).getByRole('dialog', { name: doc('002-3').title });
    await expect(dialog.locator('.pl-text')).toBeVisible();
    await page.waitForTimeout(300);
    const box = (await dialog.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(anchor.top);
    expect(box.height).toBeGreaterThan(300);
    await page.waitForTimeout(1000);
    await expect(dialog).toBeVisible();
  });

  test('the note editor near the bottom edge is whole: comment box, Save and Cancel in sight', async ({ page, serviceWorker }) => {
    await selectText(page, '确保各项支持政策落地见效');
    await ui(page).getByRole('toolbar', { name: await message(serviceWorker, 'noteToolbar') }).getByRole('button', { name: await message(serviceWorker, 'noteAddWithComment') }).click();
    const editor = ui(page).getByRole('dialog', { name: await message(serviceWorker, 'noteEditorTitle') });
    const comment = editor.getByLabel(await message(serviceWorker, 'noteComment'));
    await expect(comment).toBeFocused();
    await page.waitForTimeout(300);
    expect((await comment.boundingBox())!.height).toBeGreaterThan(60);
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
    const dialog = ui(page).getByRole('dialog', { name: doc('002-3').title });
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
    const dialog = ui(page).getByRole('dialog', { name: doc('004').title });
    const cited = dialog.locator('.pl-links li', { hasText: '《中国药品目录集》' });
    await expect(cited.locator('.pl-badge')).toHaveText(await message(serviceWorker, 'linkCites'));
    const implementing = dialog.locator('.pl-links li', { hasText: `《${doc('002-3').title}》` });
    await expect(implementing.locator('.pl-badge')).toHaveText(await message(serviceWorker, 'linkLower'));
  });

  test('outline entries show their printed label once', async ({ page }) => {
    await rest(page, 'top', '苏政发〔2018〕144号');
    const dialog = ui(page).getByRole('dialog', { name: doc('004').title });
    const entry = dialog.locator('.pl-outline li').nth(3);
    await expect(entry).toBeVisible();
    expect(await entry.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
  });

  test('in 简体 every text follows, related headings of the 繁體 national plan too; focus stays on the pressed switch', async ({ page, serviceWorker }) => {
    await rest(page, 'low', '第十条');
    const dialog = ui(page).getByRole('dialog', { name: doc('002-3').title });
    await expect(dialog.locator('.pl-related-group').first()).toContainText('提升臨床研究水平');
    const simplified = dialog.getByRole('radio', { name: await message(serviceWorker, 'scriptSimplified') });
    try {
      await simplified.click();
      await expect(dialog.locator('.pl-related-group').first()).toContainText('提升临床研究水平');
      await expect(dialog.locator('.pl-related-group').first()).toContainText('《中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案》');
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
      await expect(items.first()).toContainText(`《${doc('002-3').title}》`);
      await expect(items.last()).toContainText(`《${doc('002-2').title}》`);
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
    await expect(dialog).toHaveAccessibleName(doc('002-3').title);
    await expect(dialog.locator('.pl-document')).toBeVisible();
    // In page order: the title, its short form 《措施》 (defined right after it), then 苏政发〔2018〕144号.
    const names: string[] = [];
    for (let step = 0; step < 3; step++) {
      await next();
      await page.waitForTimeout(300);
      names.push(await dialog.locator('h2').innerText());
    }
    expect(names).toContain(doc('004').title);
  });
});
