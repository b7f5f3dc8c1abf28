import { getClause, getClauses } from './clauses';
import type { LibraryDb } from './db';
import type { ClauseView, CitedView, DocumentLink, DocumentView, LibraryEntry, RelatedView } from './views';

export async function listLibrary(db: LibraryDb): Promise<LibraryEntry[]> {
  const [documents, outlines] = await Promise.all([db.documents.toArray(), db.outlines.toArray()]);
  const counts = new Map(outlines.map((o) => [o.documentId, o.entries.length]));
  return documents.map((document) => ({ document, clauseCount: counts.get(document.id) ?? 0 }));
}

async function documentLinks(db: LibraryDb, documentId: string): Promise<DocumentLink[]> {
  const [outgoing, incoming] = await Promise.all([
    db.relations.where('from').equals(documentId).toArray(),
    db.relations.where('to').equals(documentId).toArray(),
  ]);
  const titleOf = async (id: string) => {
    const held = await db.documents.get(id);
    if (held) return { title: held.title, documentId: held.id };
    const cited = await db.cited.get(id);
    return { title: cited?.title ?? cited?.docNumber ?? id, documentId: cited?.heldDocumentId ?? null };
  };
  const strip = ({ key: _key, ...relation }: (typeof outgoing)[number]) => relation;
  return Promise.all([
    ...outgoing.map(async (r) => ({ relation: strip(r), direction: 'upper' as const, ...(await titleOf(r.to)) })),
    ...incoming.map(async (r) => ({ relation: strip(r), direction: 'lower' as const, ...(await titleOf(r.from)) })),
  ]);
}

export async function getClauseView(db: LibraryDb, clauseId: string): Promise<ClauseView | null> {
  const clause = await getClause(db, clauseId);
  if (!clause) return null;
  const document = await db.documents.get(clause.documentId);
  if (!document) return null;
  const relatedClauses = await getClauses(db, clause.related.map((r) => r.clauseId));
  const relatedDocs = new Map((await db.documents.bulkGet([...new Set(relatedClauses.map((c) => c?.documentId ?? ''))])).flatMap((d) => (d ? [[d.id, d]] : [])));
  const related: RelatedView[] = clause.related.flatMap((r, i) => {
    const other = relatedClauses[i];
    const doc = other && relatedDocs.get(other.documentId);
    if (!other || !doc) return [];
    const { related: _nested, ...otherClause } = other;
    const { id, title, titleSimplified, level, region, docNumber } = doc;
    return [{ clause: otherClause, document: { id, title, titleSimplified, level, region, docNumber }, score: r.score, reason: r.reason }];
  });
  return { clause, document, related, links: await documentLinks(db, document.id) };
}

export async function getDocumentView(db: LibraryDb, documentId: string): Promise<DocumentView | null> {
  const document = await db.documents.get(documentId);
  if (!document) return null;
  const outline = (await db.outlines.get(documentId))?.entries ?? [];
  return { document, outline, links: await documentLinks(db, documentId) };
}

export async function getCitedView(db: LibraryDb, citedId: string): Promise<CitedView | null> {
  const cited = await db.cited.get(citedId);
  if (!cited) return null;
  const docs = await db.documents.bulkGet([...new Set(cited.citedBy.map((c) => c.documentId))]);
  return { cited, citingDocuments: docs.flatMap((d) => (d ? [{ id: d.id, title: d.title, titleSimplified: d.titleSimplified }] : [])) };
}
