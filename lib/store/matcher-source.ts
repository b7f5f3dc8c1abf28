import { matcherSourceFromCorpus, type MatcherSource } from '../detect/source';
import { buildLibraryIndex, type LibraryIndex } from '../detect/page-needs';
import type { LibraryDb } from './db';

/** The compact data a content script needs to find references on a page. */
export async function matcherSourceFromDb(db: LibraryDb): Promise<MatcherSource> {
  const [documents, cited, outlines] = await Promise.all([db.documents.toArray(), db.cited.toArray(), db.outlines.toArray()]);
  return matcherSourceFromCorpus({ documents, cited, clauses: outlines.flatMap((o) => o.entries) });
}

const indexes = new WeakMap<LibraryDb, Promise<LibraryIndex>>();

/** The library's digest and index for pages' needs, built once and kept until the library changes. */
export function libraryIndexFromDb(db: LibraryDb): Promise<LibraryIndex> {
  let index = indexes.get(db);
  if (!index) {
    index = matcherSourceFromDb(db).then(buildLibraryIndex);
    indexes.set(db, index);
    index.catch(() => indexes.get(db) === index && indexes.delete(db));
  }
  return index;
}

/** Documents were added, replaced or removed: the next page's digest is built afresh. */
export function forgetLibraryIndex(db: LibraryDb): void {
  indexes.delete(db);
}
