// The library page as a reader (issue 12): a filtered document list, a document with its
// outline, metadata card, full text with clause anchors, and related measures beside the clause.
import { test, expect } from './fixtures';
import { message } from './page-helpers';
import { CLAUSE_COUNT, HEADING_004, LEVEL, TITLE, TITLE_000_SIMPLIFIED, type DocId } from './seed-facts';

const ids = Object.keys(TITLE) as DocId[];
/** Titles in 简体, as the list's filter compares them. */
const simplified = (id: DocId) => (id === '000' ? TITLE_000_SIMPLIFIED : TITLE[id]);

test('the document list filters by words of the title or 文号, level and validity', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const list = page.getByRole('region', { name: await message(page, 'readerDocuments') });
  const items = page.locator('.pl-reader-documents > li');
  await expect(items).toHaveCount(ids.length);
  const filter = list.getByRole('textbox', { name: await message(page, 'readerFilterText') });
  // 繁體 input finds the 简体 title too.
  await filter.fill('蘇州');
  await expect(items).toHaveCount(ids.filter((id) => simplified(id).includes('苏州')).length);
  await filter.fill('苏政发〔2018〕144号');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(TITLE['004']);
  await filter.fill('');
  await list.getByRole('combobox', { name: await message(page, 'metaValidity') }).selectOption({ label: await message(page, 'validityExpired') });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(TITLE['002-2']);
  await list.getByRole('combobox', { name: await message(page, 'metaValidity') }).selectOption('all');
  await list.getByRole('combobox', { name: await message(page, 'metaLevel') }).selectOption({ label: await message(page, 'levelMunicipal') });
  await expect(items).toHaveCount(ids.filter((id) => LEVEL[id] === 'municipal').length);
  await items.first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[ids.find((id) => LEVEL[id] === 'municipal')!]);
  await page.getByRole('button', { name: await message(page, 'back') }).click();
  await expect(items.first()).toBeVisible();
});

test('a deep link scrolls to the clause and marks it; related measures sit beside it', async ({ page, extensionId }) => {
  const target = { id: '004:四/(三)', ...HEADING_004['四/(三)'] };
  await page.goto(`chrome-extension://${extensionId}/library.html#clause=${encodeURIComponent(target.id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE['004']);
  await expect(page.locator('.pl-reader-card')).toContainText('苏政发〔2018〕144号');
  // Every clause of the document is in the text, each with its anchor.
  await expect(page.locator('.pl-reader-clause')).toHaveCount(CLAUSE_COUNT['004']);
  const marked = page.locator('[aria-current="location"][data-clause-id]');
  await expect(marked).toHaveAttribute('data-clause-id', target.id);
  await expect(marked).toBeInViewport();
  await expect(marked).toBeFocused();
  await expect(page.getByRole('navigation').getByRole('link', { name: `${target.label} ${target.heading}` })).toHaveAttribute('aria-current', 'location');
  const related = page.getByRole('complementary');
  await expect(related).toContainText(target.heading);
  // test/gold/related.json lists 004:四/(三) under two topics with other documents' clauses.
  await expect(related.locator('.pl-related-group li').first()).toBeVisible();

  // The outline moves the mark; the browser's back button returns to the deep-linked clause.
  const other = { id: '004:三/(一)', ...HEADING_004['三/(一)'] };
  await page.getByRole('navigation').getByRole('link', { name: `${other.label} ${other.heading}` }).click();
  await expect(marked).toHaveAttribute('data-clause-id', other.id);
  await expect(marked).toBeInViewport();
  await page.goBack();
  await expect(marked).toHaveAttribute('data-clause-id', target.id);
});
