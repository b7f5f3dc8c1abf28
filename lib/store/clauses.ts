import type { Clause, Corpus } from '../corpus/schema';
import type { ClauseBucket, LibraryDb, OutlineRow } from './db';

/** About this many clauses share a stored row. */
export const CLAUSES_PER_BUCKET = 256;

/** FNV-1a: a stable bucket for a clause id, whatever the order clauses arrive in. */
export function bucketOf(clauseId: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < clauseId.length; i++) hash = Math.imul(hash ^ clauseId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

export function bucketCountFor(clauses: number): number {
  return Math.max(1, Math.ceil(clauses / CLAUSES_PER_BUCKET));
}

/** The rows a corpus's clauses are stored in: buckets by id, and one outline per document. */
export function clauseRows(corpus: Corpus): { buckets: ClauseBucket[]; outlines: OutlineRow[] } {
  const count = bucketCountFor(corpus.clauses.length);
  const buckets = Array.from({ length: count }, (_, bucket): ClauseBucket => ({ bucket, clauses: [] }));
  const outlines = new Map(corpus.documents.map((d): [string, OutlineRow] => [d.id, { documentId: d.id, entries: [] }]));
  for (const clause of corpus.clauses) {
    buckets[bucketOf(clause.id, count)]!.clauses.push(clause);
    const { id, documentId, path, label, heading, order } = clause;
    outlines.get(documentId)!.entries.push({ id, documentId, path, label, heading, order });
  }
  for (const outline of outlines.values()) outline.entries.sort((a, b) => a.order - b.order);
  return { buckets: buckets.filter((b) => b.clauses.length > 0), outlines: [...outlines.values()] };
}

async function bucketCount(db: LibraryDb): Promise<number | null> {
  return (await db.meta.get('corpus'))?.buckets ?? null;
}

/** The clauses with these ids, in the same order; undefined where there is none. */
export async function getClauses(db: LibraryDb, ids: readonly string[]): Promise<(Clause | undefined)[]> {
  const count = await bucketCount(db);
  if (!count) return ids.map(() => undefined);
  const wanted = [...new Set(ids.map((id) => bucketOf(id, count)))];
  const byId = new Map<string, Clause>();
  for (const row of await db.clauseBuckets.bulkGet(wanted)) for (const clause of row?.clauses ?? []) byId.set(clause.id, clause);
  return ids.map((id) => byId.get(id));
}

export async function getClause(db: LibraryDb, id: string): Promise<Clause | undefined> {
  return (await getClauses(db, [id]))[0];
}

/** Every clause, in document and reading order. */
export async function allClauses(db: LibraryDb): Promise<Clause[]> {
  const clauses = (await db.clauseBuckets.toArray()).flatMap((b) => b.clauses);
  return clauses.sort((a, b) => (a.documentId === b.documentId ? a.order - b.order : a.documentId < b.documentId ? -1 : 1));
}
