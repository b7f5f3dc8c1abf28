import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { hoverText, message, ui, waitForReferences } from './page-helpers';
import { CorpusSchema } from '../../lib/corpus/schema';

const corpus = CorpusSchema.parse(JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')));
const clause = (id: string) => corpus.clauses.find((c) => c.id === id)!;
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
const levelKey = { national: 'levelNational', provincial: 'levelProvincial', municipal: 'levelMunicipal' } as const;

test('a clause in the library lists related measures by level, and each opens with its own list', async ({ page, extensionId }) => {
  const source = clause('000:二/(三)');
  expect(source.related.length).toBeGreaterThan(0);
  await page.goto(`chrome-extension://${extensionId}/library.html#clause=${encodeURIComponent(source.id)}`);
  for (const level of new Set(source.related.map((r) => doc(clause(r.clauseId).documentId).level))) {
    const group = page.getByRole('region', { name: await message(page, levelKey[level]) });
    const members = source.related.filter((r) => doc(clause(r.clauseId).documentId).level === level);
    await expect(group.getByRole('listitem')).toHaveCount(members.length);
    await expect(group.getByRole('listitem').first()).toContainText(members[0]!.reason.text);
  }
  const top = clause(source.related[0]!.clauseId);
  await page.getByRole('button', { name: new RegExp(top.path.join(' ').replace(/[()]/g, '\\$&')) }).first().click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(doc(top.documentId).title);
  await expect(page.locator('.pl-clause')).toHaveAttribute('data-clause-id', top.id);
  // Its own related list, national first, then provincial, then municipal.
  const levelOf = (id: string) => ['national', 'provincial', 'municipal'].indexOf(doc(clause(id).documentId).level);
  const shownFirst = [...top.related].sort((a, b) => levelOf(a.clauseId) - levelOf(b.clauseId))[0]!;
  await expect(page.locator('.pl-related-group li').first()).toContainText(shownFirst.reason.text);
});

test('the popover shows related measures and opens one in place', async ({ page, origin }) => {
  await page.goto(`${origin}/news-simplified.html`);
  await waitForReferences(page, 8);
  await hoverText(page, '第十三条');
  const dialog = ui(page).getByRole('dialog', { name: doc('002-3').title });
  await expect(dialog).toBeVisible();
  const first = clause(clause('002-3:第三章/第十三条').related[0]!.clauseId);
  await dialog.locator('.pl-related-group button').first().click();
  await expect(ui(page).getByRole('dialog', { name: doc(first.documentId).title })).toBeVisible();
  await expect(ui(page).getByRole('dialog').locator('.pl-clause')).toHaveAttribute('data-clause-id', first.id);
});
