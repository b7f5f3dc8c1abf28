import Dexie, { type EntityTable } from 'dexie';
import type { CitedDocument, Clause, DocumentRelation, PolicyDocument } from '../corpus/schema';
import type { ClauseSummary } from './views';
import type { Note } from '../notes/schema';
import type { UserDocument } from '../corpus/pack';
import type { DocumentFacts } from './user-documents';

export interface MetaRow {
  key: 'corpus';
  version: string;
  importedAt: string;
  /** How many clause buckets the imported corpus was spread over (see clauses.ts). */
  buckets: number;
}

/** Clauses are stored a few hundred to a row: IndexedDB's cost is per record, not per byte. */
export interface ClauseBucket {
  bucket: number;
  clauses: Clause[];
}

/** A document's clauses without their texts, in reading order. */
export interface OutlineRow {
  documentId: string;
  entries: ClauseSummary[];
}

export type LibraryDb = Dexie & {
  documents: EntityTable<PolicyDocument, 'id'>;
  clauseBuckets: EntityTable<ClauseBucket, 'bucket'>;
  outlines: EntityTable<OutlineRow, 'documentId'>;
  cited: EntityTable<CitedDocument, 'id'>;
  relations: EntityTable<DocumentRelation & { key: string }, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  notes: EntityTable<Note, 'id'>;
  userDocuments: EntityTable<UserDocumentRow, 'id'>;
  documentFacts: EntityTable<DocumentFactsRow, 'documentId'>;
};

/** Facts a user took from a page for a bundled document that lacked them, re-applied after every update. */
export interface DocumentFactsRow {
  documentId: string;
  facts: DocumentFacts;
  sources: { file: string; role: string }[];
}

/** A document the user added, kept apart from the bundled corpus so an update never touches it. */
export interface UserDocumentRow {
  id: string;
  pack: UserDocument;
}

export const DB_NAME = 'policy-lens';

/**
 * Schema history. Version 1 shipped notes without clause links and a row per clause;
 * version 2 links notes to clauses, indexes them by update time and stores clauses in
 * buckets (a 100,000-clause import took 14 s at a row per clause, under 1 s in buckets).
 * The corpus tables are rebuilt from the bundled corpus after an upgrade; notes are kept.
 * Version 3 adds user-added documents (see user-documents.ts).
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
      clauses: null,
      clauseBuckets: 'bucket',
      outlines: 'documentId',
      relations: 'key, from, to',
      notes: 'id, url, *tags, *clauseIds, updated',
    })
    .upgrade(async (tx) => {
      // Forget the imported version so the background imports the corpus into the new tables.
      await tx.table('meta').delete('corpus');
      await tx
        .table('notes')
        .toCollection()
        .modify((note: Partial<Note> & { created: string }) => {
          note.clauseIds ??= [];
          note.updated ??= note.created;
        });
    });
  // Version 3 keeps user-added documents in their own table; the corpus tables hold them too
  // (re-added after every bundled import) so search, detection and views need no second source.
  db.version(3).stores({ userDocuments: 'id', documentFacts: 'documentId' });
  return db;
}
