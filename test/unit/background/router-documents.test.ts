import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { route, type RouterDeps, type Sender } from '@/entrypoints/background/router';
import { parsePolicyText } from '@/lib/corpus/parse-text';
import { editableFields, toUserDocument, type EditableFields } from '@/lib/corpus/user-document';
import { openLibraryDb, type LibraryDb } from '@/lib/store/db';
import { importCorpus } from '@/lib/store/import-corpus';
import { listLibrary } from '@/lib/store/queries';
import { NeedsReader } from '@/lib/detect/page-needs';
import type { LibraryDigest } from '@/lib/detect/page-needs-schema';
import type { MatcherSource } from '@/lib/detect/source';
import { smallCorpus } from '../store/corpus-fixture';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}`;
const fromPage: Sender = { id: EXTENSION, url: 'https://www.gov.cn/a.html', tab: { id: 7 } };
const fromLibrary: Sender = { id: EXTENSION, url: `${ORIGIN}/library.html` };

const TEXT = '苏州市促进临床试验发展的若干措施\n1.建设临床试验中心。支持医疗机构设立临床试验中心。\n2.支持创新药上市。给予奖励。\n苏州市人民政府\n2025年2月3日';
function userDocument() {
  const parsed = parsePolicyText(TEXT, { id: 'preview', source: 'a.txt', kind: 'text' });
  return toUserDocument(parsed, editableFields(parsed) as EditableFields, { source: 'a.txt', at: '2026-11-30T04:00:00.000Z' });
}

let db: LibraryDb;
let deps: RouterDeps;
let changes: number;
beforeEach(async () => {
  db = openLibraryDb(`router-docs-${Math.random()}`);
  await importCorpus(db, smallCorpus());
  changes = 0;
  deps = {
    db,
    extensionId: EXTENSION,
    extensionOrigin: ORIGIN,
    openLibrary: async () => undefined,
    openNotes: async () => undefined,
    updateAnchoring: async () => undefined,
    libraryChanged: async () => void changes++,
    addPage: async () => undefined,
    toFrame: async () => false,
    openReader: async () => undefined,
  };
});
afterEach(() => db.delete());

describe('document messages', () => {
  it('are refused from web pages', async () => {
    const document = userDocument();
    for (const request of [{ type: 'save-document', document, mode: 'new' }, { type: 'delete-document', id: 'a' }, { type: 'import-pack', pack: {} }, { type: 'add-page', tabId: 1 }]) {
      expect(await route(deps, request, fromPage)).toEqual({ ok: false, error: 'not allowed for this page' });
    }
    expect(await db.userDocuments.count()).toBe(0);
  });

  it('save from the library page, tell open pages, and answer a duplicate with what is held', async () => {
    const document = userDocument();
    expect(await route(deps, { type: 'save-document', document, mode: 'new' }, fromLibrary)).toEqual({ ok: true, data: { saved: true, id: document.document.id } });
    expect(changes).toBe(1);
    expect(await route(deps, { type: 'save-document', document, mode: 'new' }, fromLibrary)).toEqual({
      ok: true,
      data: { saved: false, duplicate: { id: document.document.id, title: '苏州市促进临床试验发展的若干措施', userAdded: true } },
    });
    expect(changes).toBe(1);
  });

  it('say that storage is full when it is, and leave the library unchanged', async () => {
    const before = (await listLibrary(db)).length;
    db.userDocuments.hook('creating', () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const answer = await route(deps, { type: 'save-document', document: userDocument(), mode: 'new' }, fromLibrary);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/Not enough storage space.*nothing was changed/) });
    expect((await listLibrary(db)).length).toBe(before);
    expect(changes).toBe(0);
  });

  it('give a page the part of the library its text names, the new document included once saved', async () => {
    const page = '依据《苏州市促进临床试验发展的若干措施》第2条和苏政发〔2018〕144号';
    const share = async () => {
      const digest = (await route(deps, { type: 'library-digest' }, fromPage)) as { ok: true; data: LibraryDigest };
      const reader = new NeedsReader(digest.data);
      reader.read(page);
      const answer = (await route(deps, { type: 'page-matcher-source', needs: reader.needs() }, fromPage)) as { ok: true; data: MatcherSource };
      return answer.data.documents.map((d) => d.id);
    };
    expect(await share()).toEqual(['a']);
    const document = userDocument();
    await route(deps, { type: 'save-document', document, mode: 'new' }, fromLibrary);
    expect(await share()).toEqual(['a', document.document.id]);
  });
});
