import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { message } from './page-helpers';
import { CorpusSchema } from '../../lib/corpus/schema';

const corpus = CorpusSchema.parse(JSON.parse(readFileSync('.output/chrome-mv3/corpus.json', 'utf8')));

test('the Library view lists the six documents by level with their clause counts', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: await message(page, 'tabLibrary') }).click();
  for (const [level, key] of [
    ['national', 'levelNational'],
    ['provincial', 'levelProvincial'],
    ['municipal', 'levelMunicipal'],
  ] as const) {
    const section = page.getByRole('region', { name: await message(page, key) });
    for (const doc of corpus.documents.filter((d) => d.level === level)) {
      const count = corpus.clauses.filter((c) => c.documentId === doc.id).length;
      const item = section.getByRole('listitem').filter({ hasText: doc.titleSimplified });
      await expect(item).toContainText(await message(page, 'clauseCount', String(count)));
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
  const clause = corpus.clauses.find((c) => c.id === '004:三/(一)')!;
  await page.getByRole('button', { name: `${clause.label} ${clause.heading}` }).click();
  const body = clause.text.slice(clause.heading!.length).replace(/^[。\s]+/, '');
  await expect(page.locator('.pl-text')).toHaveText(body);
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText(clause.heading!);
});
