import { matcherSourceFromCorpus, type MatcherSource } from '../detect/source';
import type { LibraryDb } from './db';

/** The compact data a content script needs to find references on a page. */
export async function matcherSourceFromDb(db: LibraryDb): Promise<MatcherSource> {
  const [documents, cited, outlines] = await Promise.all([db.documents.toArray(), db.cited.toArray(), db.outlines.toArray()]);
  return matcherSourceFromCorpus({ documents, cited, clauses: outlines.flatMap((o) => o.entries) });
}
