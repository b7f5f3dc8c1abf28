import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePolicyText } from '@/lib/corpus/parse-text';
import type { Corpus } from '@/lib/corpus/schema';
import { editableFields, toUserDocument, type EditableFields } from '@/lib/corpus/user-document';
import { openLibraryDb, type LibraryDb } from '@/lib/store/db';
import { getClause } from '@/lib/store/clauses';
import { importCorpus } from '@/lib/store/import-corpus';
import { matcherSourceFromDb } from '@/lib/store/matcher-source';
import { getClauseView, listLibrary } from '@/lib/store/queries';
import { deleteUserDocument, DuplicateDocumentError, exportPack, importPack, mergeFacts, saveUserDocument } from '@/lib/store/user-documents';
import { sampleNotes } from '../notes/sample-notes';

const NATIONAL = ['国务院关于推动生物医药产业创新发展的意见', '国发〔2024〕9号', '一、总体要求', '（一）指导思想。坚持创新驱动。', '二、重点任务', '（一）加快临床试验机构建设。支持医疗机构设立临床试验中心，扩大伦理审查互认范围，缩短临床试验启动时间。', '（二）强化知识产权保护。健全专利快速审查机制。', '国务院', '2024年3月1日'];
const ADDED = ['苏州市促进临床试验发展的若干措施', '苏府〔2025〕7号', '1.建设临床试验中心。支持医疗机构设立临床试验中心，推进伦理审查互认，缩短临床试验启动时间。（责任单位：市卫健委）', '2.支持创新药上市。对获批上市的一类创新药给予奖励。', '苏州市人民政府', '2025年2月3日'];

function bundled(version: string): Corpus {
  const parsed = parsePolicyText(NATIONAL.join('\n'), { id: 'n1', source: 'seed', kind: 'text' });
  const document = { ...parsed.document, level: parsed.document.level!, region: parsed.document.region! };
  return { schemaVersion: 1, version, documents: [document], clauses: parsed.clauses, cited: parsed.cited, relations: parsed.relations, quality: [] };
}

function added(lines = ADDED, edits: Partial<EditableFields> = {}) {
  const parsed = parsePolicyText(lines.join('\n'), { id: 'preview', source: 'measures.txt', kind: 'text' });
  const fields = { ...editableFields(parsed), ...edits } as EditableFields;
  return toUserDocument(parsed, fields, { source: 'measures.txt', at: '2026-11-30T04:00:00.000Z' });
}

let db: LibraryDb;
let n = 0;
async function library(): Promise<LibraryDb> {
  db = openLibraryDb(`user-docs-${++n}`);
  await importCorpus(db, bundled('v-bundled-01'));
  return db;
}
afterEach(async () => db?.delete());

describe('user documents', () => {
  it('are listed, searchable by clause, detected and related as soon as they are saved', async () => {
    await library();
    const doc = await saveUserDocument(db, added());
    const id = doc.document.id;
    const entry = (await listLibrary(db)).find((e) => e.document.id === id)!;
    expect(entry).toMatchObject({ clauseCount: 2, document: { level: 'municipal', region: '苏州', docNumber: '苏府〔2025〕7号', added: { source: 'measures.txt' } } });
    expect((await matcherSourceFromDb(db)).documents.map((d) => d.docNumber)).toContain('苏府〔2025〕7号');
    // The new clause lists the national clause, and the national clause's list now holds the new one.
    const view = await getClauseView(db, `${id}:1`);
    expect(view?.related.map((r) => r.clause.id)).toContain('n1:二/(一)');
    expect((await getClause(db, 'n1:二/(一)'))?.related.map((r) => r.clauseId)).toContain(`${id}:1`);
    expect((await getClause(db, 'n1:二/(二)'))?.related.map((r) => r.clauseId) ?? []).not.toContain(`${id}:1`);
  });

  it('refuses a duplicate of a held document unless asked to replace a user-added one', async () => {
    await library();
    await expect(saveUserDocument(db, added(NATIONAL))).rejects.toBeInstanceOf(DuplicateDocumentError);
    await saveUserDocument(db, added());
    await expect(saveUserDocument(db, added())).rejects.toMatchObject({ userAdded: true });
    const changed = added([...ADDED.slice(0, 3), '2.支持创新药上市。给予奖励。', '3.新增一条。', ...ADDED.slice(4)]);
    await saveUserDocument(db, changed, 'replace');
    expect((await listLibrary(db)).filter((e) => e.document.added).map((e) => e.clauseCount)).toEqual([3]);
    await expect(saveUserDocument(db, added(NATIONAL), 'replace')).rejects.toMatchObject({ userAdded: false });
  });

  it('survive a bundled update, and so do notes linked to their clauses', async () => {
    await library();
    const doc = await saveUserDocument(db, added());
    const note = { ...sampleNotes()[0]!, clauseIds: [`${doc.document.id}:1`] };
    await db.notes.put(note);
    await importCorpus(db, bundled('v-bundled-02'));
    expect((await listLibrary(db)).map((e) => e.document.id)).toEqual(['n1', doc.document.id]);
    expect((await db.notes.get(note.id))?.clauseIds).toEqual([`${doc.document.id}:1`]);
    expect((await getClause(db, 'n1:二/(一)'))?.related.map((r) => r.clauseId)).toContain(`${doc.document.id}:1`);
  });

  it('can be deleted and the deletion undone, leaving no trace in between', async () => {
    await library();
    const doc = await saveUserDocument(db, added());
    const removed = await deleteUserDocument(db, doc.document.id);
    expect(await db.documents.get(doc.document.id)).toBeUndefined();
    expect((await getClause(db, 'n1:二/(一)'))?.related.map((r) => r.clauseId) ?? []).not.toContain(`${doc.document.id}:1`);
    await saveUserDocument(db, removed!);
    expect(await db.documents.get(doc.document.id)).toBeDefined();
  });

  it('travel as a pack in the corpus format; a bad or clashing pack changes nothing', async () => {
    await library();
    await saveUserDocument(db, added());
    const pack = await exportPack(db);
    expect(pack.documents).toHaveLength(1);
    const other = openLibraryDb(`user-docs-other-${n}`);
    await importCorpus(other, bundled('v-bundled-01'));
    await importPack(other, pack);
    expect((await listLibrary(other)).map((e) => e.document.title)).toContain('苏州市促进临床试验发展的若干措施');
    // Importing it again clashes with what is now held: nothing is written.
    await expect(importPack(other, pack)).rejects.toBeInstanceOf(DuplicateDocumentError);
    const broken = JSON.parse(JSON.stringify(pack)) as { clauses: { text: unknown }[] };
    broken.clauses[0]!.text = 7;
    await expect(importPack(other, broken)).rejects.toThrow(/clauses\.0\.text/);
    expect(await other.userDocuments.count()).toBe(1);
    await other.delete();
  });

  it('take facts a page states that they lack, with the page as source', async () => {
    await library();
    const doc = await saveUserDocument(db, added(ADDED.filter((l) => !l.includes('苏府'))));
    expect(doc.document.docNumber).toBeNull();
    const merged = await mergeFacts(db, doc.document.id, { docNumber: '苏府〔2025〕7号', issued: '2025-01-01' }, 'https://www.suzhou.gov.cn/a.html');
    expect(merged).toMatchObject({ docNumber: '苏府〔2025〕7号', issued: '2025-02-03' });
    expect(merged.sources.at(-1)).toEqual({ file: 'https://www.suzhou.gov.cn/a.html', role: 'facts: docNumber' });
  });

  it('complete a bundled document with a fact from a page, kept across bundled updates', async () => {
    const corpus = bundled('v-bundled-01');
    corpus.documents[0]!.docNumber = null;
    db = openLibraryDb(`user-docs-${++n}`);
    await importCorpus(db, corpus);
    await mergeFacts(db, 'n1', { docNumber: '国发〔2024〕9号' }, 'https://www.gov.cn/zhengce/n1.html');
    const next = bundled('v-bundled-02');
    next.documents[0]!.docNumber = null;
    await importCorpus(db, next);
    expect(await db.documents.get('n1')).toMatchObject({ docNumber: '国发〔2024〕9号', sources: expect.arrayContaining([{ file: 'https://www.gov.cn/zhengce/n1.html', role: 'facts: docNumber' }]) });
    expect((await matcherSourceFromDb(db)).documents.find((d) => d.id === 'n1')?.docNumber).toBe('国发〔2024〕9号');
  });
});
