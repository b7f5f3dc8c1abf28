import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { hoverText, message, ui, waitForReferences } from './page-helpers';
import { docOfTitle, LEVEL, TITLE } from './seed-facts';

// Which clauses are about the same topic, from test/gold/related.json (written from reading the seeds).
const gold = JSON.parse(readFileSync('test/gold/related.json', 'utf8')) as { groups: { id: string; clauses: string[] }[] };
const topic = (id: string) => gold.groups.find((g) => g.id === id)!.clauses;
const LEVELS = ['national', 'provincial', 'municipal'] as const;
const levelKey = { national: 'levelNational', provincial: 'levelProvincial', municipal: 'levelMunicipal' } as const;

/** Each entry of a related list as [document id, path as shown], read from the page. */
async function entries(list: import('@playwright/test').Locator): Promise<[string, string][]> {
  const docs = await list.locator('.pl-related-doc').allInnerTexts();
  const paths = await list.locator('.pl-related-link > span:not(.pl-related-doc)').allInnerTexts();
  return docs.map((d, i) => [docOfTitle(d.replace(/^《|》$/g, '')), paths[i]!]);
}

/** The clause id an entry stands for, if it is one of `ids` (path shown as 四 (六) 25 …). */
const idOf = ([doc, shown]: [string, string], ids: string[]) => ids.find((id) => id.startsWith(`${doc}:`) && shown.startsWith(id.slice(doc.length + 1).split('/').join(' ')));

test('a clause in the library lists related measures by level, and each opens with its own list', async ({ page, extensionId }) => {
  // 000 (二)(三) 提升临床研究水平: national, so its related measures come from the provincial and
  // municipal documents, and the first of each level is about clinical research too.
  await page.goto(`chrome-extension://${extensionId}/library.html#clause=${encodeURIComponent('000:二/(三)')}`);
  const groups = page.locator('.pl-related-group');
  await expect(groups.first()).toBeVisible();
  const labels = await groups.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  expect(labels).toEqual([await message(page, 'levelProvincial'), await message(page, 'levelMunicipal')]);
  const clinical = topic('clinical-trials-ethics');
  for (const level of ['provincial', 'municipal'] as const) {
    const listed = await entries(page.getByRole('region', { name: await message(page, levelKey[level]) }));
    expect(listed.length).toBeGreaterThan(0);
    for (const [doc] of listed) expect(LEVEL[doc as keyof typeof LEVEL]).toBe(level);
    expect(idOf(listed[0]!, clinical), `${listed[0]} is about clinical research`).toBeDefined();
  }
  const [doc, shown] = (await entries(page.locator('.pl-related-group').first()))[0]!;
  const target = idOf([doc, shown], clinical)!;
  await page.locator('.pl-related-link').first().click();
  // The library page is a reader: the clause opens marked in its document's full text.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[doc as keyof typeof TITLE]);
  const marked = page.locator('[aria-current="location"][data-clause-id]');
  await expect(marked).toHaveAttribute('data-clause-id', target);
  await expect(marked.locator('.pl-text')).toContainText('临床');
  // Its own related list, national first, then provincial, then municipal.
  const own = await page.locator('.pl-related-group').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  const order = await Promise.all(LEVELS.map((l) => message(page, levelKey[l])));
  expect(own.length).toBeGreaterThan(0);
  expect(own).toEqual(order.filter((label) => own.includes(label)));
});

test('the popover shows related measures and opens one in place', async ({ page, origin }) => {
  await page.goto(`${origin}/news-simplified.html`);
  await waitForReferences(page, 8);
  // 002 #3 第十三条 产业化落地 (industrial parks, land for projects).
  await hoverText(page, '第十三条');
  const dialog = ui(page).getByRole('dialog', { name: TITLE['002-3'] });
  await expect(dialog).toBeVisible();
  const listed = await entries(dialog);
  const layout = topic('industrial-layout');
  expect(listed.some((e) => idOf(e, layout)), `${listed.join('; ')} include an industrial-layout measure`).toBe(true);
  const [doc, shown] = listed[0]!;
  await dialog.locator('.pl-related-link').first().click();
  const opened = ui(page).getByRole('dialog', { name: TITLE[doc as keyof typeof TITLE] });
  await expect(opened).toBeVisible();
  const id = await opened.locator('.pl-clause').getAttribute('data-clause-id');
  expect(id!.startsWith(`${doc}:`) && shown.startsWith(id!.slice(doc.length + 1).split('/').join(' '))).toBe(true);
});
