import type { MatcherSource } from '../detect/source';
import type { LibraryDb } from './db';

/** The compact data a content script needs to find references on a page. */
export async function matcherSourceFromDb(db: LibraryDb): Promise<MatcherSource> {
  const [documents, cited, outlines] = await Promise.all([db.documents.toArray(), db.cited.toArray(), db.outlines.toArray()]);
  const clauses = outlines.flatMap((o) => o.entries);
  return {
    documents: documents.map(({ id, title, titleSimplified, aliases, docNumber }) => ({ id, title, titleSimplified, aliases, docNumber })),
    cited: cited.map(({ id, title, docNumber, heldDocumentId }) => ({ id, title, docNumber, heldDocumentId })),
    clauses: clauses.map(({ id, documentId, path, label, heading }) => ({ id, documentId, path, label, heading })),
  };
}
