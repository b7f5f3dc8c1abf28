import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { route, type RouterDeps, type Sender } from '@/entrypoints/background/router';
import { openLibraryDb, type LibraryDb } from '@/lib/store/db';
import { importCorpus } from '@/lib/store/import-corpus';
import type { Note } from '@/lib/notes/schema';
import { sampleNotes } from '../notes/sample-notes';
import { smallCorpus } from '../store/corpus-fixture';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}`;
const PAGE = 'https://www.gov.cn/zhengce/a.html';
const OTHER_PAGE = 'https://news.example.cn/b.html';

const fromPage = (url = `${PAGE}#top`): Sender => ({ id: EXTENSION, url, tab: { id: 7 } });
const fromPopup: Sender = { id: EXTENSION, url: `${ORIGIN}/popup.html` };

/** A stored note, moved to `url` under `id`. */
const note = (id: string, url: string): Note => ({ ...sampleNotes()[0]!, id, url });

let db: LibraryDb;
let deps: RouterDeps;
let opened: string[];
beforeEach(async () => {
  db = openLibraryDb(`router-${Math.random()}`);
  await importCorpus(db, smallCorpus());
  opened = [];
  deps = {
    db,
    extensionId: EXTENSION,
    extensionOrigin: ORIGIN,
    openLibrary: async (target) => void opened.push(target),
    openNotes: async () => void opened.push('notes'),
    updateAnchoring: async () => undefined,
    libraryChanged: async () => undefined,
    addPage: async () => undefined,
    toFrame: async (tabId, frameId, command) => {
      opened.push(`frame ${frameId} of ${tabId}: ${JSON.stringify(command)}`);
      return true;
    },
    openReader: async (url, tabId) => void opened.push(`reader ${url} ${tabId}`),
  };
});
afterEach(() => db.delete());

describe('the background router', () => {
  it('serves only this extension, and says what is wrong with a malformed request', async () => {
    expect(await route(deps, { type: 'matcher-source' }, { id: 'another-extension', url: PAGE, tab: { id: 1 } })).toEqual({ ok: false, error: 'unknown sender' });
    expect(await route(deps, { type: 'clause-view', clauseId: '' }, fromPage())).toMatchObject({ ok: false, error: expect.stringContaining('clauseId') });
    expect(await route(deps, { type: 'drop-database' }, fromPopup)).toMatchObject({ ok: false, error: expect.stringContaining('invalid request') });
  });

  it('answers library questions from pages', async () => {
    const answer = await route(deps, { type: 'clause-view', clauseId: 'a:0' }, fromPage());
    expect(answer).toMatchObject({ ok: true, data: { clause: { id: 'a:0' }, document: { id: 'a' } } });
    expect(await route(deps, { type: 'open-library', target: 'clause=a:0' }, fromPage())).toEqual({ ok: true, data: null });
    expect(opened).toEqual(['clause=a:0']);
  });

  it('lets a page read and write only its own notes', async () => {
    await db.notes.bulkPut([note('mine', PAGE), note('theirs', OTHER_PAGE)]);
    expect(await route(deps, { type: 'notes-for-page', url: PAGE }, fromPage())).toMatchObject({ ok: true, data: [{ id: 'mine' }] });
    expect(await route(deps, { type: 'notes-for-page', url: OTHER_PAGE }, fromPage())).toMatchObject({ ok: false });
    expect(await route(deps, { type: 'save-note', note: note('new', OTHER_PAGE) }, fromPage())).toMatchObject({ ok: false });
    // Not even by reusing another page's note id for a note of its own.
    expect(await route(deps, { type: 'save-note', note: note('theirs', PAGE) }, fromPage())).toMatchObject({ ok: false });
    expect(await route(deps, { type: 'delete-note', id: 'theirs' }, fromPage())).toMatchObject({ ok: false });
    expect((await db.notes.get('theirs'))?.url).toBe(OTHER_PAGE);

    expect(await route(deps, { type: 'save-note', note: { ...note('mine', PAGE), comment: '改' } }, fromPage())).toMatchObject({ ok: true });
    expect(await route(deps, { type: 'delete-note', id: 'mine' }, fromPage())).toEqual({ ok: true, data: null });
    expect(await db.notes.get('mine')).toBeUndefined();
  });

  it('refuses notes requests from a sender that is no tab', async () => {
    expect(await route(deps, { type: 'notes-for-page', url: PAGE }, { id: EXTENSION, url: PAGE })).toMatchObject({ ok: false });
  });

  it('lets the extension’s own pages manage any note', async () => {
    await db.notes.put(note('theirs', OTHER_PAGE));
    expect(await route(deps, { type: 'delete-note', id: 'theirs' }, fromPopup)).toEqual({ ok: true, data: null });
  });

  it("opens the PDF reader next to the asking tab, on web addresses only", async () => {
    const pdf = 'https://www.jiangsu.gov.cn/upload/2018-144.pdf';
    expect(await route(deps, { type: 'open-pdf-reader', url: pdf }, fromPage())).toEqual({ ok: true, data: null });
    for (const url of ['javascript:alert(1)//a.pdf', 'file:///home/me/a.pdf', 'chrome-extension://x/reader.html']) {
      expect(await route(deps, { type: 'open-pdf-reader', url }, fromPage())).toMatchObject({ ok: false, error: expect.stringContaining('url') });
    }
    expect(opened).toEqual([`reader ${pdf} 7`]);
  });

  it("relays a small frame's popover to its tab's top frame, naming the frame; the top frame itself has none to ask", async () => {
    const popover = {
      reference: { start: 3, end: 16, kind: 'docNumber', text: '苏政发〔2018〕144号', documentId: '004', docNumber: '苏政发〔2018〕144号' },
      anchor: { left: 10, top: 20, width: 120, height: 18 },
      frame: { url: 'https://www.jiangsu.gov.cn/frame.html', width: 300, height: 120 },
    };
    const fromFrame = (frameId: number): Sender => ({ ...fromPage(), frameId });
    expect(await route(deps, { type: 'frame-popover', popover }, fromFrame(4))).toEqual({ ok: true, data: true });
    expect(opened).toEqual([`frame 0 of 7: ${JSON.stringify({ type: 'frame-popover', frameId: 4, popover })}`]);
    expect(await route(deps, { type: 'frame-popover', popover }, fromFrame(0))).toEqual({ ok: true, data: false });
    const broken = { ...popover, reference: { ...popover.reference, end: 2 } };
    expect(await route(deps, { type: 'frame-popover', popover: broken }, fromFrame(4))).toMatchObject({ ok: false, error: expect.stringContaining('invalid request') });
    expect(opened).toHaveLength(1);
    // The top window tells the frame its popover closed; a frame cannot tell another one.
    expect(await route(deps, { type: 'frame-popover-closed', frameId: 4 }, fromFrame(0))).toEqual({ ok: true, data: null });
    expect(await route(deps, { type: 'frame-popover-closed', frameId: 5 }, fromFrame(4))).toEqual({ ok: true, data: null });
    expect(opened.slice(1)).toEqual([`frame 4 of 7: ${JSON.stringify({ type: 'frame-popover-closed' })}`]);
  });
});
