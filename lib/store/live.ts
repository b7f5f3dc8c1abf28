import { docNumberKey, titleKey } from '../corpus/citations';
import type { UserDocument } from '../corpus/pack';
import type { Clause, CitedDocument, DocumentRelation, PolicyDocument } from '../corpus/schema';
import { relateAddedClauses } from '../related/incremental';
import { bucketOf } from './clauses';
import type { ClauseBucket, LibraryDb, OutlineRow } from './db';

type RelationRow = DocumentRelation & { key: string };
export const relationKey = (r: DocumentRelation) => `${r.from}>${r.kind}>${r.to}`;

/**
 * The library's corpus tables in memory, changed by adding or removing one user document and
 * written back row by row: only the rows a change touched are written (the document, its
 * outline, the clause buckets holding its clauses or a related list it entered). Used inside
 * one Dexie transaction, so a failure leaves the library as it was.
 */
export class LiveLibrary {
  private readonly dirtyBuckets = new Set<number>();
  private readonly dirtyDocuments = new Set<string>();
  private readonly dirtyCited = new Set<string>();
  private readonly dirtyRelations = new Set<string>();

  private constructor(
    private readonly buckets: number,
    readonly documents: Map<string, PolicyDocument>,
    readonly clauses: Map<string, Clause>,
    readonly cited: Map<string, CitedDocument>,
    readonly relations: Map<string, RelationRow>,
  ) {}

  static async load(db: LibraryDb): Promise<LiveLibrary> {
    const meta = await db.meta.get('corpus');
    if (!meta) throw new Error('The library is not ready yet (the bundled corpus has not been imported).');
    const [documents, buckets, cited, relations] = await Promise.all([db.documents.toArray(), db.clauseBuckets.toArray(), db.cited.toArray(), db.relations.toArray()]);
    return new LiveLibrary(
      meta.buckets,
      new Map(documents.map((d) => [d.id, d])),
      new Map(buckets.flatMap((b) => b.clauses).map((c) => [c.id, c])),
      new Map(cited.map((c) => [c.id, c])),
      new Map(relations.map((r) => [r.key, r])),
    );
  }

  private touch(clause: Clause): void {
    this.clauses.set(clause.id, clause);
    this.dirtyBuckets.add(bucketOf(clause.id, this.buckets));
  }

  /** Adds a user document: its rows, links to the documents it cites, related measures both ways. */
  add(pack: UserDocument): void {
    const { document } = pack;
    const snapshot = { documents: [...this.documents.values()], clauses: [...this.clauses.values()], cited: [...this.cited.values()], relations: [...this.relations.values()] };
    const { added, updated } = relateAddedClauses({ ...snapshot, relations: [...snapshot.relations, ...pack.relations] }, document, pack.clauses);
    this.documents.set(document.id, document);
    this.dirtyDocuments.add(document.id);
    for (const clause of added) this.touch(clause);
    for (const [id, related] of updated) this.touch({ ...this.clauses.get(id)!, related });
    for (const entry of pack.cited) {
      const existing = this.cited.get(entry.id);
      const citedBy = [...(existing?.citedBy ?? []), ...entry.citedBy.filter((by) => !existing?.citedBy.some((e) => e.documentId === by.documentId && e.clauseId === by.clauseId))];
      this.cited.set(entry.id, { ...(existing ?? entry), heldDocumentId: existing?.heldDocumentId ?? entry.heldDocumentId, citedBy });
      this.dirtyCited.add(entry.id);
    }
    // Documents the library only cited until now are held from here on.
    for (const entry of this.cited.values()) {
      const same = (entry.docNumber && document.docNumber && docNumberKey(entry.docNumber) === docNumberKey(document.docNumber)) || (entry.title && [document.title, document.titleSimplified].some((t) => titleKey(t) === titleKey(entry.title!)));
      if (same && !entry.heldDocumentId) {
        this.cited.set(entry.id, { ...entry, heldDocumentId: document.id });
        this.dirtyCited.add(entry.id);
      }
    }
    for (const relation of pack.relations) {
      const key = relationKey(relation);
      this.relations.set(key, { ...relation, key });
      this.dirtyRelations.add(key);
    }
  }

  /** Removes a user document and every trace of it in other rows. */
  remove(documentId: string): void {
    if (!this.documents.delete(documentId)) return;
    this.dirtyDocuments.add(documentId);
    const gone = new Set<string>();
    for (const clause of this.clauses.values()) {
      if (clause.documentId !== documentId) continue;
      gone.add(clause.id);
      this.clauses.delete(clause.id);
      this.dirtyBuckets.add(bucketOf(clause.id, this.buckets));
    }
    for (const clause of [...this.clauses.values()]) {
      if (clause.related.some((r) => gone.has(r.clauseId))) this.touch({ ...clause, related: clause.related.filter((r) => !gone.has(r.clauseId)) });
    }
    for (const entry of [...this.cited.values()]) {
      const citedBy = entry.citedBy.filter((by) => by.documentId !== documentId);
      if (citedBy.length === entry.citedBy.length && entry.heldDocumentId !== documentId) continue;
      this.dirtyCited.add(entry.id);
      if (citedBy.length === 0) this.cited.delete(entry.id);
      else this.cited.set(entry.id, { ...entry, citedBy, heldDocumentId: entry.heldDocumentId === documentId ? null : entry.heldDocumentId });
    }
    for (const [key, relation] of [...this.relations]) {
      if (relation.from !== documentId && relation.to !== documentId) continue;
      this.relations.delete(key);
      this.dirtyRelations.add(key);
    }
  }

  /** Writes the touched rows. */
  async flush(db: LibraryDb): Promise<void> {
    const buckets = new Map<number, ClauseBucket>([...this.dirtyBuckets].map((b) => [b, { bucket: b, clauses: [] }]));
    const outlines = new Map<string, OutlineRow>([...this.dirtyDocuments].filter((id) => this.documents.has(id)).map((id) => [id, { documentId: id, entries: [] }]));
    for (const clause of this.clauses.values()) {
      buckets.get(bucketOf(clause.id, this.buckets))?.clauses.push(clause);
      const { id, documentId, path, label, heading, order } = clause;
      outlines.get(documentId)?.entries.push({ id, documentId, path, label, heading, order });
    }
    for (const outline of outlines.values()) outline.entries.sort((a, b) => a.order - b.order);
    const split = <K, V>(keys: Set<K>, rows: Map<K, V>) => ({ put: [...keys].flatMap((k) => (rows.has(k) ? [rows.get(k)!] : [])), gone: [...keys].filter((k) => !rows.has(k)) });
    const documents = split(this.dirtyDocuments, this.documents);
    const cited = split(this.dirtyCited, this.cited);
    const relations = split(this.dirtyRelations, this.relations);
    await Promise.all([
      db.documents.bulkPut(documents.put),
      db.documents.bulkDelete(documents.gone),
      db.outlines.bulkPut([...outlines.values()]),
      db.outlines.bulkDelete(documents.gone),
      db.clauseBuckets.bulkPut([...buckets.values()].filter((b) => b.clauses.length > 0)),
      db.clauseBuckets.bulkDelete([...buckets.values()].filter((b) => b.clauses.length === 0).map((b) => b.bucket)),
      db.cited.bulkPut(cited.put),
      db.cited.bulkDelete(cited.gone),
      db.relations.bulkPut(relations.put),
      db.relations.bulkDelete(relations.gone),
    ]);
    for (const set of [this.dirtyBuckets, this.dirtyDocuments, this.dirtyCited, this.dirtyRelations] as Set<unknown>[]) set.clear();
  }
}
