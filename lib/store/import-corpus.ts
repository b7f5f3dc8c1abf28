import { clauseMigration } from '../corpus/migrate';
import { CorpusSchema, type Corpus } from '../corpus/schema';
import { describeZodError } from '../zod-issues';
import { bucketCountFor, clauseRows } from './clauses';
import { reapplyDocumentFacts, reapplyUserDocuments } from './user-documents';
import type { LibraryDb } from './db';

export class CorpusRejectedError extends Error {
  override name = 'CorpusRejectedError';
}

export type ImportOutcome =
  | { imported: true; version: string; documents: number; clauses: number }
  | { imported: false; version: string };

/** Validates a corpus file's parsed JSON; throws with the zod path of every problem. */
export function validateCorpus(data: unknown): Corpus {
  const parsed = CorpusSchema.safeParse(data);
  if (!parsed.success) throw new CorpusRejectedError(`corpus rejected:\n${describeZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * Replaces the library with `data` when its version differs from the stored one. All or
 * nothing: validation happens before the transaction, and any failure inside it rolls the
 * whole import back, leaving the previous library. Notes are kept; only their links to clauses
 * that the update renumbered follow the clause (see corpus/migrate.ts).
 */
export async function importCorpus(db: LibraryDb, data: unknown, now = new Date()): Promise<ImportOutcome> {
  const corpus = validateCorpus(data);
  const stored = await db.meta.get('corpus');
  if (stored?.version === corpus.version) return { imported: false, version: corpus.version };
  const { buckets, outlines } = clauseRows(corpus);
  await db.transaction('rw', [db.documents, db.clauseBuckets, db.outlines, db.cited, db.relations, db.meta, db.notes, db.userDocuments, db.documentFacts], async () => {
    // Notes keep their clause links across an update that renumbers clauses.
    const previous = (await db.clauseBuckets.toArray()).flatMap((b) => b.clauses);
    const userClauses = (await db.userDocuments.toArray()).flatMap((row) => row.pack.clauses);
    const moved = clauseMigration(previous, [...corpus.clauses, ...userClauses]);
    if (moved.size > 0) {
      await db.notes
        .filter((note) => note.clauseIds.some((id) => moved.has(id)))
        .modify((note) => {
          note.clauseIds = [...new Set(note.clauseIds.map((id) => moved.get(id) ?? id))];
        });
    }
    await Promise.all([db.documents.clear(), db.clauseBuckets.clear(), db.outlines.clear(), db.cited.clear(), db.relations.clear()]);
    await db.documents.bulkAdd(corpus.documents);
    await db.clauseBuckets.bulkAdd(buckets);
    await db.outlines.bulkAdd(outlines);
    await db.cited.bulkAdd(corpus.cited);
    await db.relations.bulkAdd(corpus.relations.map((r) => ({ ...r, key: `${r.from}>${r.kind}>${r.to}` })));
    await db.meta.put({ key: 'corpus', version: corpus.version, importedAt: now.toISOString(), buckets: bucketCountFor(corpus.clauses.length) });
    // Documents the user added survive every bundled update.
    await reapplyUserDocuments(db);
    await reapplyDocumentFacts(db);
  });
  return { imported: true, version: corpus.version, documents: corpus.documents.length, clauses: corpus.clauses.length };
}
