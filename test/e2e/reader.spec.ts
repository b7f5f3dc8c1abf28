// A reader's flows on a news page laid out at fixed heights of a 1280×900 window (issue 16):
// the popover stays open, opens where there is room, and keeps what matters in sight.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { message, selectText, waitForReferences } from './page-helpers';
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
    const dialog = page.getByRole('dialog', { name: doc('002-3').title });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.pl-text, .pl-outline').first()).toBeVisible();
    await page.waitForTimeout(1500);
    await expect(dialog).toBeVisible();
  });

  test('a reference in the lower third opens above, with room for the clause', async ({ page }) => {
    const anchor = await rest(page, 'low', '第十条');
    const dialog = page.getByRole('dialog', { name: doc('002-3').title });
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
    await page.getByRole('toolbar', { name: await message(serviceWorker, 'noteToolbar') }).getByRole('button', { name: await message(serviceWorker, 'noteAddWithComment') }).click();
    const editor = page.getByRole('dialog', { name: await message(serviceWorker, 'noteEditorTitle') });
    const comment = editor.getByLabel(await message(serviceWorker, 'noteComment'));
    await expect(comment).toBeFocused();
    await page.waitForTimeout(300);
    expect((await comment.boundingBox())!.height).toBeGreaterThan(60);
    for (const name of ['noteSave', 'noteCancel']) await expect(editor.getByRole('button', { name: await message(serviceWorker, name) })).toBeInViewport({ ratio: 1 });
  });
});
