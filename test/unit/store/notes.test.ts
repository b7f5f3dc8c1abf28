import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '@/lib/store/db';
import { importCorpus } from '@/lib/store/import-corpus';
import { allNotes, clauseCitations, filterNotes, importNotes, importNotesFile, readAnchoringRecords, recordAnchoring, saveNote } from '@/lib/store/notes';
import { groupByPage } from '@/lib/notes/order';
import { exportJson, parseNotesImport } from '@/lib/notes/json';
import { STALE_NOTE, type Note } from '@/lib/notes/schema';
import { sampleNotes } from '../notes/sample-notes';
import { smallCorpus } from './corpus-fixture';

let dbs: LibraryDb[] = [];
let counter = 0;
function freshDb(): LibraryDb {
  const db = openLibraryDb(`notes-test-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  dbs = [];
});

const byId = (notes: Note[]) => [...notes].sort((a, b) => a.id.localeCompare(b.id));

function parsed(text: string): Note[] {
  const result = parseNotesImport(text);
  if (!result.ok) throw new Error(result.error);
  return result.notes;
}

describe('importNotes', () => {
  it('adds every note of an export into an empty store, and the store exports the same file', async () => {
    const file = exportJson(sampleNotes(), new Date('2026-11-24T00:00:00.000Z'));
    const db = freshDb();
    expect(await importNotes(db, parsed(file))).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(exportJson(await allNotes(db), new Date('2026-11-24T00:00:00.000Z'))).toBe(file);
  });

  it('merges by id: newer copies replace, older or identical ones are skipped, new ids are added', async () => {
    const db = freshDb();
    const [a, b, c] = sampleNotes() as [Note, Note, Note];
    const mine = { ...b, comment: '我后来改过', updated: '2026-11-30T00:00:00.000Z' };
    await db.notes.bulkPut([a, mine]);
    const newerA = { ...a, comment: '导入的新版本', updated: '2026-12-01T00:00:00.000Z' };
    const olderB = { ...b, comment: '旧版本' };
    expect(await importNotes(db, [newerA, olderB, c])).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect(byId(await db.notes.toArray())).toEqual(byId([newerA, mine, c]));
  });

  it('changes nothing when a write fails half-way', async () => {
    const db = freshDb();
    const [a, b] = sampleNotes() as [Note, Note];
    await db.notes.put(a);
    // A value IndexedDB cannot clone makes the bulk write fail after the plan was made.
    const unstorable = { ...b, id: 'broken', comment: () => '' } as unknown as Note;
    const newerA = { ...a, comment: '不应写入', updated: '2027-01-01T00:00:00.000Z' };
    await expect(importNotes(db, [newerA, b, unstorable])).rejects.toThrow();
    expect(await db.notes.toArray()).toEqual([a]);
  });

  it('a malformed file is refused with the zod path and the store is untouched', async () => {
    const db = freshDb();
    const [a] = sampleNotes() as [Note];
    await db.notes.put(a);
    const file = JSON.parse(exportJson(sampleNotes(), new Date('2026-11-24T00:00:00.000Z')));
    file.notes[1].quote.exact = '';
    const result = await importNotesFile(db, JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('notes.1.quote.exact') });
    // The file's valid notes were not written either.
    expect(await db.notes.toArray()).toEqual([a]);
  });

  it('a corpus re-import leaves imported notes as they were', async () => {
    const db = freshDb();
    await importCorpus(db, smallCorpus('v-one-00001', 6));
    await importNotes(db, sampleNotes());
    await importCorpus(db, smallCorpus('v-two-00002', 2));
    expect(byId(await db.notes.toArray())).toEqual(byId(sampleNotes()));
  });
});

describe('filterNotes', () => {
  const notes = sampleNotes();

  it('finds a comment or quote whatever the script or width of the query', () => {
    expect(filterNotes(notes, { query: '對比蘇州' }).map((n) => n.id)).toEqual([notes[0]!.id]);
    expect(filterNotes(notes, { query: '苏政发(2018)144号' }).map((n) => n.id)).toEqual(['local-note-3']);
    expect(filterNotes(notes, { query: '苏政发〔２０１８〕144 号' }).map((n) => n.id)).toEqual(['local-note-3']);
    expect(filterNotes(notes, { query: '优化审评' }).map((n) => n.id)).toEqual([notes[1]!.id]);
  });

  it('ignores punctuation: a query typed without it finds text printed with it', () => {
    expect(filterNotes(notes, { query: '企业主体地位对比苏州措施' }).map((n) => n.id)).toEqual([notes[0]!.id]);
    expect(filterNotes(notes, { query: '《苏州措施》第三条' }).map((n) => n.id)).toEqual([notes[0]!.id]);
  });

  it('filters by tag and by linked clause, combined with the query', () => {
    expect(filterNotes(notes, { tag: '创新' }).map((n) => n.id)).toEqual([notes[0]!.id]);
    expect(filterNotes(notes, { clauseId: '004' }).map((n) => n.id)).toEqual(['local-note-3']);
    expect(filterNotes(notes, { tag: '创新', query: '文号' })).toEqual([]);
  });

  it('groups notes by page in the given order', () => {
    const pages = groupByPage(notes);
    expect([...pages.keys()]).toEqual([notes[0]!.url, notes[1]!.url]);
    expect(pages.get(notes[0]!.url)!.map((n) => n.id)).toEqual([notes[0]!.id, 'local-note-3']);
  });
});

describe('readAnchoringRecords', () => {
  it('reads stored records, and starts afresh from nothing or from something else', () => {
    const stored = { a: { orphaned: true, checked: '2026-11-01T00:00:00.000Z' } };
    expect(readAnchoringRecords(stored)).toEqual(stored);
    expect(readAnchoringRecords(undefined)).toEqual({});
    expect(readAnchoringRecords({ a: { orphaned: 'yes' } })).toEqual({});
  });
});

describe('recordAnchoring', () => {
  it('keeps earlier results of other pages, updates reported ones and forgets deleted notes', () => {
    const now = new Date('2026-11-25T00:00:00.000Z');
    const previous = {
      a: { orphaned: true, checked: '2026-11-01T00:00:00.000Z' },
      gone: { orphaned: true, checked: '2026-11-01T00:00:00.000Z' },
      other: { orphaned: false, checked: '2026-11-01T00:00:00.000Z' },
    };
    const next = recordAnchoring(previous, [{ id: 'a', orphaned: false }, { id: 'never-stored', orphaned: true }], new Set(['a', 'other']), now);
    expect(next).toEqual({ a: { orphaned: false, checked: now.toISOString() }, other: previous.other });
  });
});

describe('clauseCitations', () => {
  it('cites linked clauses with their document, linked documents alone, and leaves unknown ids out', async () => {
    const db = freshDb();
    await importCorpus(db, smallCorpus('v-cite-00001', 6));
    const citations = await clauseCitations(db, ['a:2', 'b', 'b:3', 'a:2', 'a:99', 'zz', 'zz:1']);
    expect([...citations.keys()]).toEqual(['a:2', 'b', 'b:3']);
    expect(citations.get('a:2')).toMatchObject({ document: { title: '测试文件a', docNumber: '苏政发〔2018〕144号' }, clause: { path: ['2'] } });
    expect(citations.get('b')).toMatchObject({ document: { title: '测试文件b', docNumber: null }, clause: null });
    expect(citations.get('b:3')).toMatchObject({ document: { title: '测试文件b' }, clause: { path: ['3'] } });
  });

  it('cites nothing before a corpus is imported', async () => {
    expect((await clauseCitations(freshDb(), ['a:2', 'b'])).size).toBe(0);
  });
});

describe('saveNote and lost updates', () => {
  it('refuses an edit made on a version that has changed since, keeping the newer edit', async () => {
    const db = freshDb();
    const [note] = sampleNotes();
    await saveNote(db, note!);
    // The manager saves an edit...
    const fromManager = { ...note!, comment: '在管理页改过', updated: '2026-11-28T10:00:00.000Z' };
    await saveNote(db, fromManager, note!.updated);
    // ...then the page's editor, opened on the old version, saves its copy.
    const fromPage = { ...note!, comment: '页面上的旧副本', updated: '2026-11-28T10:05:00.000Z' };
    await expect(saveNote(db, fromPage, note!.updated)).rejects.toThrow(STALE_NOTE);
    expect((await db.notes.get(note!.id))?.comment).toBe('在管理页改过');
    // Opened again on the current version, the edit goes through.
    await saveNote(db, fromPage, fromManager.updated);
    expect((await db.notes.get(note!.id))?.comment).toBe('页面上的旧副本');
  });
});
