import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { hoverText, message, opened, pageSnapshot, selectText, ui, waitForReferences, watchFor } from './page-helpers';
import type { Note } from '../../lib/notes/schema';

const ARTICLE = 'notes-article.html';
const edited = (version: string) => readFileSync(`test/e2e/pages/notes-article-${version}.html`, 'utf8');

/** The text under each note highlight, in page order. */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('policy-lens-note') ?? [])].map((r) => (r as Range).toString()));
}

async function storedNotes(serviceWorker: Worker): Promise<Note[]> {
  return serviceWorker.evaluate(
    () =>
      new Promise<Note[]>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Note[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Tests share one browser: every test leaves the notes store (and orphan records) empty. */
async function clearNotes(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    await chrome.storage.local.remove('noteAnchoring');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('policy-lens');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('notes', 'readwrite');
        tx.objectStore('notes').clear();
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

async function putNotes(serviceWorker: Worker, notes: Note[]): Promise<void> {
  await serviceWorker.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('policy-lens');
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          for (const row of rows) tx.objectStore('notes').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    notes,
  );
}

test.afterEach(async ({ serviceWorker }) => clearNotes(serviceWorker));

const QUOTE = '江苏省人民政府印发《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）';
/** The same passage after the edit in v2 (正式 inserted), a paragraph having been added above. */
const QUOTE_EDITED = '江苏省人民政府正式印发《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）';

test('a highlight with a note is linked to the cited document, restored after a reload and after the page is edited', async ({ page, context, origin, serviceWorker, extensionId }) => {
  const url = `${origin}/${ARTICLE}`;
  await page.goto(url);
  await waitForReferences(page, 1);
  const before = await pageSnapshot(page);

  await selectText(page, QUOTE);
  const toolbar = ui(page).getByRole('toolbar', { name: await message(serviceWorker, 'noteToolbar') });
  await expect(toolbar).toBeVisible();
  expect(await pageSnapshot(page)).toBe(before);
  await toolbar.getByRole('button', { name: await message(serviceWorker, 'noteAddWithComment') }).click();

  const editor = ui(page).getByRole('dialog', { name: await message(serviceWorker, 'noteEditorTitle') });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）');
  await editor.getByLabel(await message(serviceWorker, 'noteComment')).fill('省级总纲,对照苏州措施');
  await editor.getByLabel(await message(serviceWorker, 'noteTags')).fill('总纲、江苏, 对照');
  await editor.getByRole('button', { name: await message(serviceWorker, 'noteSave') }).click();
  await expect(editor).toBeHidden();
  await expect.poll(() => highlightedTexts(page)).toEqual([QUOTE]);
  // It carries a comment: drawn apart from plain highlights (underlined as well).
  expect(await page.evaluate(() => [...(CSS.highlights.get('policy-lens-note-comment') ?? [])].map((r) => (r as Range).toString()))).toEqual([QUOTE]);

  const [note] = await storedNotes(serviceWorker);
  expect(note).toMatchObject({
    url,
    pageTitle: '江苏推动生物医药产业高质量发展 - 政策解读',
    quote: { exact: QUOTE },
    comment: '省级总纲,对照苏州措施',
    tags: ['总纲', '江苏', '对照'],
    clauseIds: ['004'],
  });

  await page.reload();
  await expect.poll(() => highlightedTexts(page)).toEqual([QUOTE]);
  await hoverText(page, '江苏省人民政府印发');
  const card = ui(page).getByRole('region', { name: await message(serviceWorker, 'noteToolbar') });
  await expect(card).toContainText('省级总纲,对照苏州措施');
  await expect(card).toContainText('总纲');

  // A page that re-renders its content, as single-page apps do, gets the highlight back.
  await page.evaluate(() => {
    const article = document.querySelector('article')!;
    article.innerHTML = article.innerHTML;
  });
  await expect.poll(() => highlightedTexts(page)).toEqual([QUOTE]);

  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: edited('v2') }));
  await page.reload();
  await expect.poll(() => highlightedTexts(page)).toEqual([QUOTE_EDITED]);
  await hoverText(page, '江苏省人民政府正式印发');
  await expect(ui(page).getByText('省级总纲,对照苏州措施')).toBeVisible();

  // The passage is gone: nothing is drawn, the note is kept and the manager lists it as orphaned.
  await page.unroute(url);
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: edited('v3') }));
  await page.reload();
  await expect(page.locator('#p4')).toHaveText('本文已撤下，请以官方发布的文件为准。');
  // The manager follows the pages' reports as they come, so it can open beside the article.
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/notes.html`);
  await manager.getByRole('checkbox', { name: await message(serviceWorker, 'notesOrphanedOnly') }).check();
  await expect(manager.getByRole('article')).toContainText(await message(serviceWorker, 'notesOrphaned'));
  expect(await highlightedTexts(page)).toEqual([]);
  expect(await storedNotes(serviceWorker)).toHaveLength(1);
  await manager.close();
});

test('on a page with a strict CSP: the toolbar ignores form fields; a plain highlight spans elements; the context-menu command opens the editor', async ({ page, origin, serviceWorker }) => {
  await page.goto(`${origin}/${ARTICLE}?csp=strict`);
  await waitForReferences(page, 1);
  const toolbar = ui(page).getByRole('toolbar', { name: await message(serviceWorker, 'noteToolbar') });

  // How long the toolbar takes to come for a real selection, measured here; a selection in a
  // form field is then watched for twice that long, so a toolbar that comes late is caught too.
  const started = Date.now();
  await selectText(page, '突出企业创新能力建设');
  await expect(toolbar).toBeVisible();
  const slowest = Date.now() - started;
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await expect(toolbar).toHaveCount(0);
  await watchFor(page, 'toolbar');
  await page.locator('#search').selectText();
  await page.waitForTimeout(2 * slowest);
  expect(await opened(page)).toEqual([]);
  await page.locator('#search').blur();

  const before = await pageSnapshot(page);
  await selectText(page, '突出企业创新能力建设，跨区域整合创新资源');
  await toolbar.getByRole('button', { name: await message(serviceWorker, 'noteHighlight'), exact: true }).click();
  await expect.poll(() => highlightedTexts(page)).toEqual(['突出企业创新能力建设，跨区域整合创新资源']);
  // Drawing added no element, moved nothing and left focus where it was.
  expect(await pageSnapshot(page)).toBe(before);
  await expect.poll(async () => (await storedNotes(serviceWorker)).map((n) => n.comment)).toEqual(['']);

  // The context-menu entry exists (updating an unknown id rejects) and says what it does.
  await serviceWorker.evaluate(() => chrome.contextMenus.update('policy-lens-add-note', { title: chrome.i18n.getMessage('noteAddWithComment') }));
  // What the context-menu entry and the keyboard shortcut send to the tab.
  await selectText(page, '支持医疗机构开展临床试验');
  await page.bringToFront();
  await serviceWorker.evaluate(async () => {
    // Like the command handler: without the tabs permission the background only knows the active tab.
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: 'open-note-editor' });
  });
  const editor = ui(page).getByRole('dialog', { name: await message(serviceWorker, 'noteEditorTitle') });
  await expect(editor).toContainText('支持医疗机构开展临床试验');
  await editor.getByLabel(await message(serviceWorker, 'noteComment')).fill('临床试验');
  await editor.getByRole('button', { name: await message(serviceWorker, 'noteSave') }).click();
  await expect.poll(() => highlightedTexts(page)).toHaveLength(2);
});

function sampleNote(id: string, url: string, exact: string, comment: string, tags: string[], created: string): Note {
  return {
    id,
    url,
    pageTitle: '江苏推动生物医药产业高质量发展 - 政策解读',
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
    comment,
    tags,
    clauseIds: ['004:三/(一)'],
    created,
    updated: created,
  };
}

test('the manager searches 简/繁, deletes with undo, exports, and re-imports everything after a clear; a malformed file changes nothing; "open page" scrolls to the note', async ({ page, context, origin, serviceWorker, extensionId }) => {
  const url = `${origin}/${ARTICLE}`;
  await putNotes(serviceWorker, [
    sampleNote('b6a1f7e2-0d5c-4a8e-9f1b-2c3d4e5f6a7b', url, '突出企业创新能力建设', '企业主体地位', ['创新'], '2026-11-20T08:00:00.000Z'),
    sampleNote('c7b2a8f3-1e6d-4b9f-8a2c-3d4e5f6a7b8c', url, '支持医疗机构开展临床试验', '临床试验提速', ['临床'], '2026-11-21T08:00:00.000Z'),
  ]);
  await page.goto(`chrome-extension://${extensionId}/notes.html`);
  const notes = page.getByRole('article');
  await expect(notes).toHaveCount(2);
  await expect(page.getByText(new RegExp(`${await message(page, 'storagePersisted')}|${await message(page, 'storageNotPersisted')}`))).toBeVisible();

  const search = page.getByRole('searchbox', { name: await message(page, 'notesSearch') });
  await search.fill('企業主體');
  await expect(notes).toHaveCount(1);
  await expect(notes).toContainText('突出企业创新能力建设');
  await search.fill('');
  await page.getByLabel(await message(page, 'noteTag')).selectOption('临床');
  await expect(notes).toHaveCount(1);
  await expect(notes).toContainText('临床试验提速');
  await expect(notes).toContainText('《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）三、（一）');
  await page.getByLabel(await message(page, 'noteTag')).selectOption('');
  await page.getByRole('checkbox', { name: await message(page, 'notesOrphanedOnly') }).check();
  await expect(notes).toHaveCount(0);
  await page.getByRole('checkbox', { name: await message(page, 'notesOrphanedOnly') }).uncheck();

  await notes.first().getByRole('button', { name: await message(page, 'noteDelete') }).click();
  await expect(notes).toHaveCount(1);
  await page.getByRole('button', { name: await message(page, 'notesUndo') }).click();
  await expect(notes).toHaveCount(2);

  const exportFile = async (key: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: await message(page, key) }).click()]);
    return readFileSync((await download.path())!, 'utf8');
  };
  const exportJson = () => exportFile('notesExportJson');
  const markdown = await exportFile('notesExportMarkdown');
  expect(markdown).toContain('> 支持医疗机构开展临床试验');
  // In the UI's language (zh_CN here): 引用：…, not Cites:.
  expect(markdown).toContain(await message(page, 'notesMdCites', '《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）三、（一）'));
  expect(markdown).not.toMatch(/Cites:|Tags:|Noted/);
  const annotations = JSON.parse(await exportFile('notesExportWebAnnotation'));
  expect(annotations.first.items.map((a: { target: { selector: { exact?: string }[] } }) => a.target.selector[0]!.exact).sort()).toEqual(['支持医疗机构开展临床试验', '突出企业创新能力建设']);
  const withoutStamp = (file: string) => file.replace(/"exported": "[^"]+"/, '');
  const exported = await exportJson();
  expect(JSON.parse(exported).notes).toHaveLength(2);

  await clearNotes(serviceWorker);
  await page.reload();
  await expect(page.getByText(await message(page, 'notesEmpty'))).toBeVisible();

  const fileInput = page.getByLabel(await message(page, 'notesImport'));
  await fileInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  const imported = await page.evaluate(() => chrome.i18n.getMessage('notesImported', ['2', '0', '0']));
  await expect(page.getByRole('status')).toHaveText(imported);
  await expect(notes).toHaveCount(2);
  expect(withoutStamp(await exportJson())).toBe(withoutStamp(exported));

  const broken = JSON.parse(exported);
  broken.notes[1].quote.exact = '';
  broken.notes[0].comment = '不应写入';
  await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  // A plain sentence in the UI's language first; the path of the problem as detail.
  await expect(page.getByRole('alert')).toContainText(await message(page, 'notesImportNotNotes'));
  await expect(page.getByRole('alert')).toContainText('notes.1.quote.exact');
  await expect(notes).toHaveCount(2);
  await expect(page.getByText('不应写入')).toHaveCount(0);
  expect(withoutStamp(await exportJson())).toBe(withoutStamp(exported));

  const note = notes.filter({ hasText: '临床试验提速' });
  const [opened] = await Promise.all([context.waitForEvent('page'), note.getByRole('button', { name: await message(page, 'notesOpenPage') }).click()]);
  await expect(opened).toHaveURL(`${url}#policy-lens-note=c7b2a8f3-1e6d-4b9f-8a2c-3d4e5f6a7b8c`);
  await expect
    .poll(() => opened.evaluate(() => [...(CSS.highlights.get('policy-lens-note-active') ?? [])].map((r) => (r as Range).toString())))
    .toEqual(['支持医疗机构开展临床试验']);
  await expect(opened.locator('#p3')).toBeInViewport();
  await opened.close();

  // The W3C file comes back in too, linked clauses included.
  const webAnnotation = await exportFile('notesExportWebAnnotation');
  await clearNotes(serviceWorker);
  await page.reload();
  await expect(page.getByText(await message(page, 'notesEmpty'))).toBeVisible();
  await page.getByLabel(await message(page, 'notesImport')).setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(webAnnotation) });
  await expect(notes).toHaveCount(2);
  await expect(notes.filter({ hasText: '临床试验提速' })).toContainText('《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）三、（一）');
});

test('on a page reprinting a held document, a passage is linked to the clause it stands in', async ({ page, origin, serviceWorker }) => {
  await page.goto(`${origin}/notes-reprint.html`);
  await waitForReferences(page, 3);
  await selectText(page, '推动落实临床试验机构资格认定备案管理');
  await ui(page).getByRole('button', { name: await message(serviceWorker, 'noteAddWithComment') }).click();
  const editor = ui(page).getByRole('dialog', { name: await message(serviceWorker, 'noteEditorTitle') });
  await expect(editor).toContainText('《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）三、（六）');
  await editor.getByRole('button', { name: await message(serviceWorker, 'noteSave') }).click();
  await expect.poll(async () => (await storedNotes(serviceWorker)).map((n) => n.clauseIds)).toEqual([['004:三/(六)']]);
});
