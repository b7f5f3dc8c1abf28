import Dexie, { type EntityTable } from 'dexie';
import type { CitedDocument, Clause, DocumentRelation, PolicyDocument } from '../corpus/schema';
import type { Note } from '../notes/schema';

export interface MetaRow {
  key: 'corpus';
  version: string;
  importedAt: string;
}

export type LibraryDb = Dexie & {
  documents: EntityTable<PolicyDocument, 'id'>;
  clauses: EntityTable<Clause, 'id'>;
  cited: EntityTable<CitedDocument, 'id'>;
  relations: EntityTable<DocumentRelation & { key: string }, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  notes: EntityTable<Note, 'id'>;
};

export const DB_NAME = 'policy-lens';

/**
 * Schema history. Version 1 shipped notes without clause links; version 2 links notes to
 * clauses, indexes them by update time and drops the clauses' documentId index (the
 * compound index serves those queries). Each upgrade must keep every note.
 */
export function openLibraryDb(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): LibraryDb {
  const db = new Dexie(name, options) as LibraryDb;
  db.version(1).stores({
    documents: 'id, level',
    clauses: 'id, documentId, [documentId+order]',
    cited: 'id',
    meta: 'key',
    notes: 'id, url, *tags, created',
  });
  db.version(2)
    .stores({
      // Queries by documentId use the compound index's prefix: one index less to write per clause.
      clauses: 'id, [documentId+order]',
      relations: 'key, from, to',
      notes: 'id, url, *tags, *clauseIds, updated',
    })
    .upgrade((tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: Partial<Note> & { created: string }) => {
          note.clauseIds ??= [];
          note.updated ??= note.created;
        }),
    );
  return db;
}
