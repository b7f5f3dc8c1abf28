import { test, expect } from './fixtures';
import { message } from './page-helpers';
import { CLAUSE_COUNT, CLAUSE_OPENING, HEADING_004, LEVEL, TITLE, TITLE_000_SIMPLIFIED, type DocId } from './seed-facts';

test('the Library view lists the six documents by level with their clause counts', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: await message(page, 'tabLibrary') }).click();
  for (const [level, key] of [
    ['national', 'levelNational'],
    ['provincial', 'levelProvincial'],
    ['municipal', 'levelMunicipal'],
  ] as const) {
    const section = page.getByRole('region', { name: await message(page, key) });
    for (const id of (Object.keys(TITLE) as DocId[]).filter((d) => LEVEL[d] === level)) {
      const item = section.getByRole('listitem').filter({ hasText: id === '000' ? TITLE_000_SIMPLIFIED : TITLE[id] });
      await expect(item).toContainText(await message(page, 'clauseCount', String(CLAUSE_COUNT[id])));
    }
  }
  await expect(page.getByRole('listitem')).toHaveCount(6);
  const expired = page.getByRole('listitem').filter({ hasText: '关于促进全省生物医药产业高质量发展的若干政策措施' });
  await expect(expired).toContainText(await message(page, 'validityExpired'));
});

test('a clause opened from the Library shows its full text read from IndexedDB', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: await message(page, 'tabLibrary') }).click();
  await page.getByRole('button', { name: '江苏省人民政府关于推动生物医药产业高质量发展的意见' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('江苏省人民政府关于推动生物医药产业高质量发展的意见');
  await expect(page.locator('.pl-meta')).toContainText('苏政发〔2018〕144号');
  const { label, heading } = HEADING_004['三/(一)'];
  await page.getByRole('button', { name: `${label} ${heading}` }).click();
  // The body after the heading, with the PDF text's line breaks and stray spaces taken out.
  await expect(page.locator('.pl-text')).toContainText(CLAUSE_OPENING['004:三/(一)']);
  await expect(page.locator('.pl-text')).not.toContainText(heading);
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText(heading);
});
