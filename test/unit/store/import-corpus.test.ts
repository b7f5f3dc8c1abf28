import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '@/lib/store/db';
import { importCorpus } from '@/lib/store/import-corpus';
import { allClauses, getClauses } from '@/lib/store/clauses';
import { getClauseView, getDocumentView, listLibrary } from '@/lib/store/queries';
import type { Note } from '@/lib/notes/schema';
import { sampleNotes } from '../notes/sample-notes';
import { smallCorpus } from './corpus-fixture';

let dbs: LibraryDb[] = [];
let counter = 0;
function freshDb(): LibraryDb {
  const db = openLibraryDb(`test-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.map((db) => db.delete()));
  dbs = [];
});

const note: Note = sampleNotes()[0]!;

describe('importCorpus', () => {
  it('fills the library and skips a corpus whose version is already stored', async () => {
    const db = freshDb();
    expect(await importCorpus(db, smallCorpus())).toMatchObject({ imported: true, documents: 2, clauses: 4 });
    expect(await importCorpus(db, smallCorpus())).toEqual({ imported: false, version: 'v-small-0001' });
    const library = await listLibrary(db);
    expect(library.map((e) => [e.document.id, e.clauseCount])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('replaces the library on a new version and never touches notes', async () => {
    const db = freshDb();
    await importCorpus(db, smallCorpus('v-one-00001', 6));
    await db.notes.put(note);
    await importCorpus(db, smallCorpus('v-two-00002', 2));
    expect((await allClauses(db)).length).toBe(2);
    expect(await db.notes.toArray()).toEqual([note]);
  });

  it('rejects an invalid corpus with the zod path and keeps the previous library', async () => {
    const db = freshDb();
    await importCorpus(db, smallCorpus());
    const broken = smallCorpus('v-broken-0001') as unknown as { clauses: { text: unknown }[] };
    broken.clauses[1]!.text = 42;
    await expect(importCorpus(db, broken)).rejects.toThrow(/clauses\.1\.text/);
    expect((await db.meta.get('corpus'))?.version).toBe('v-small-0001');
    expect((await allClauses(db)).length).toBe(4);
  });

  it('rolls back an import that fails half-way, leaving nothing half-written', async () => {
    const db = freshDb();
    await importCorpus(db, smallCorpus('v-first-0001', 4));
    // Valid by schema, but the store refuses the related-document key collision inside the transaction.
    const bad = smallCorpus('v-second-0002', 8);
    bad.relations.push({ ...bad.relations[0]! });
    await expect(importCorpus(db, bad)).rejects.toThrow();
    expect((await db.meta.get('corpus'))?.version).toBe('v-first-0001');
    expect((await allClauses(db)).length).toBe(4);
    expect(await db.documents.count()).toBe(2);
  });
});

describe('queries', () => {
  it('builds clause and document views with 上位/下位 links', async () => {
    const db = freshDb();
    const corpus = smallCorpus();
    corpus.clauses[0]!.related = [{ clauseId: 'b:1', score: 0.5, reason: { kind: 'terms', terms: ['措施'], text: '共同关键词:措施' } }];
    await importCorpus(db, corpus);
    const view = await getClauseView(db, 'a:0');
    expect(view?.related.map((r) => [r.clause.id, r.document.level])).toEqual([['b:1', 'municipal']]);
    expect(view?.links).toEqual([expect.objectContaining({ direction: 'lower', documentId: 'b' })]);
    const docView = await getDocumentView(db, 'b');
    expect(docView?.outline.map((c) => c.id)).toEqual(['b:1', 'b:3']);
    expect(docView?.links).toEqual([expect.objectContaining({ direction: 'upper', documentId: 'a' })]);
    expect(await getClauseView(db, 'missing')).toBeNull();
  });
});

describe('clause storage', () => {
  it('finds every clause of a corpus spread over many buckets, in the order asked', async () => {
    const db = freshDb();
    const corpus = smallCorpus('v-big-000001', 2000);
    await importCorpus(db, corpus);
    expect(await db.clauseBuckets.count()).toBe(8);
    const ids = ['b:1999', 'a:0', 'missing:1', 'b:777'];
    expect((await getClauses(db, ids)).map((c) => c?.text)).toEqual(['第1999项措施的全文。', '第0项措施的全文。', undefined, '第777项措施的全文。']);
    expect((await allClauses(db)).map((c) => c.id)).toEqual(corpus.clauses.map((c) => c.id).sort((x, y) => (x[0] === y[0] ? Number(x.slice(2)) - Number(y.slice(2)) : x < y ? -1 : 1)));
    expect((await listLibrary(db)).map((e) => e.clauseCount)).toEqual([1000, 1000]);
  });
});

describe('schema upgrade', () => {
  it('upgrades a version-1 database and keeps every note', async () => {
    const name = `upgrade-${++counter}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ documents: 'id, level', clauses: 'id, documentId, [documentId+order]', cited: 'id', meta: 'key', notes: 'id, url, *tags, created' });
    const { clauseIds: _c, updated: _u, ...oldNote } = note;
    await v1.table('notes').bulkPut([oldNote, { ...oldNote, id: 'n2', tags: [] }]);
    await v1.table('meta').put({ key: 'corpus', version: 'old-version', importedAt: note.created });
    await v1.table('clauses').put({ id: 'a:0', documentId: 'a', order: 0 });
    v1.close();

    const db = openLibraryDb(name);
    dbs.push(db);
    const notes = await db.notes.orderBy('id').toArray();
    expect(notes).toHaveLength(2);
    // Version 1 had no clause links and no update time: the upgrade fills both in.
    expect(notes[0]).toEqual({ ...note, clauseIds: [], updated: note.created });
    expect(notes[1]).toMatchObject({ id: 'n2', clauseIds: [], updated: note.created });
    expect(await db.notes.where('clauseIds').equals('x').count()).toBe(0);
    // The corpus is imported afresh into the new tables.
    expect(await db.meta.get('corpus')).toBeUndefined();
  });
});
