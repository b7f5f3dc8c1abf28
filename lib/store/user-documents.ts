import { docNumberKey, titleKey } from '../corpus/citations';
import { fromPack, toPack, UserDocumentSchema, type UserDocument } from '../corpus/pack';
import type { Corpus, PolicyDocument } from '../corpus/schema';
import { describeZodError } from '../zod-issues';
import type { z } from 'zod';
import type { DocumentFactsSchema } from './document-messages';
import type { LibraryDb } from './db';
import { LiveLibrary } from './live';

/**
 * Documents the user adds live in their own table and, like the bundled ones, in the corpus
 * tables that search, detection and the views read. Every change is one transaction: the
 * library is either changed completely or not at all.
 */
export class DuplicateDocumentError extends Error {
  override name = 'DuplicateDocumentError';
  constructor(
    readonly heldId: string,
    readonly heldTitle: string,
    readonly userAdded: boolean,
  ) {
    super(`The library already holds 《${heldTitle}》.`);
  }
}

const TABLES = (db: LibraryDb) => [db.documents, db.clauseBuckets, db.outlines, db.cited, db.relations, db.meta, db.userDocuments, db.documentFacts];

/** A held document that is the same as `document`: same id, same title, or same 文号. */
export function findDuplicate(documents: Iterable<PolicyDocument>, document: Pick<PolicyDocument, 'id' | 'title' | 'titleSimplified' | 'docNumber'>): PolicyDocument | null {
  const titles = new Set([titleKey(document.title), titleKey(document.titleSimplified)]);
  for (const held of documents) {
    if (held.id === document.id) return held;
    if ([held.title, held.titleSimplified, ...held.aliases.filter((a) => a.length > 8)].some((t) => titles.has(titleKey(t)))) return held;
    if (document.docNumber && held.docNumber && docNumberKey(held.docNumber) === docNumberKey(document.docNumber)) return held;
  }
  return null;
}

export type SaveMode = 'new' | 'replace';

/**
 * Saves a user document. A duplicate of a held document is refused (DuplicateDocumentError)
 * unless `replace` names a user-added document to take the place of; bundled documents are
 * never replaced (their facts can be completed with mergeFacts instead).
 */
export async function saveUserDocument(db: LibraryDb, input: UserDocument, mode: SaveMode = 'new'): Promise<UserDocument> {
  const parsed = UserDocumentSchema.safeParse(input);
  if (!parsed.success) throw new Error(`document rejected:\n${describeZodError(parsed.error)}`);
  const pack = parsed.data;
  await db.transaction('rw', TABLES(db), async () => {
    const live = await LiveLibrary.load(db);
    const duplicate = findDuplicate(live.documents.values(), pack.document);
    if (duplicate) {
      const replaceable = mode === 'replace' && duplicate.added !== undefined;
      if (!replaceable) throw new DuplicateDocumentError(duplicate.id, duplicate.title, duplicate.added !== undefined);
      live.remove(duplicate.id);
      await db.userDocuments.delete(duplicate.id);
    }
    live.add(pack);
    await db.userDocuments.put({ id: pack.document.id, pack });
    await live.flush(db);
  });
  return pack;
}

/** Deletes a user document; returns what was deleted so it can be saved again (undo). */
export async function deleteUserDocument(db: LibraryDb, id: string): Promise<UserDocument | null> {
  return db.transaction('rw', TABLES(db), async () => {
    const row = await db.userDocuments.get(id);
    if (!row) return null;
    const live = await LiveLibrary.load(db);
    live.remove(id);
    await db.userDocuments.delete(id);
    await live.flush(db);
    return row.pack;
  });
}

/** Facts a text states that a held document lacks, with where they were read. */
export type DocumentFacts = z.infer<typeof DocumentFactsSchema>;
/** Facts as read from a text: null where it states none. */
export type ReadFacts = { [K in keyof DocumentFacts]?: DocumentFacts[K] | null };

/** The facts of `found` that `held` does not state (never overwriting a stated one). */
export function missingFacts(held: PolicyDocument, found: ReadFacts): DocumentFacts {
  const missing: DocumentFacts = {};
  for (const key of ['docNumber', 'issued', 'published', 'effectiveFrom', 'effectiveTo', 'validityNote'] as const) {
    if (held[key] === null && found[key]) missing[key] = found[key];
  }
  if (held.issuers.length === 0 && found.issuers?.length) missing.issuers = found.issuers;
  return missing;
}

/**
 * Completes a document with facts read elsewhere (a page stating its 文号), never overwriting
 * a stated one and citing the source. For a bundled document the facts are kept apart and
 * put back after every corpus update, where the update has not stated them itself.
 */
export async function mergeFacts(db: LibraryDb, id: string, facts: DocumentFacts, source: string): Promise<PolicyDocument> {
  return db.transaction('rw', TABLES(db), async () => {
    const held = await db.documents.get(id);
    if (!held) throw new Error('This document is no longer in the library.');
    const missing = missingFacts(held, facts);
    const names = Object.keys(missing);
    if (names.length === 0) return held;
    const added = { file: source, role: `facts: ${names.join(', ')}` };
    const document = { ...held, ...missing, sources: [...held.sources, added] };
    const row = await db.userDocuments.get(id);
    if (row) await db.userDocuments.put({ id, pack: { ...row.pack, document: { ...document, added: row.pack.document.added } } });
    else {
      const kept = await db.documentFacts.get(id);
      await db.documentFacts.put({ documentId: id, facts: { ...kept?.facts, ...missing }, sources: [...(kept?.sources ?? []), added] });
    }
    await db.documents.put(document);
    return document;
  });
}

/** Puts facts taken from pages back onto freshly imported bundled documents (inside the import's transaction). */
export async function reapplyDocumentFacts(db: LibraryDb): Promise<void> {
  for (const row of await db.documentFacts.toArray()) {
    const held = await db.documents.get(row.documentId);
    if (!held) continue;
    const missing = missingFacts(held, row.facts);
    if (Object.keys(missing).length) await db.documents.put({ ...held, ...missing, sources: [...held.sources, ...row.sources] });
  }
}

export async function listUserDocuments(db: LibraryDb): Promise<UserDocument[]> {
  return (await db.userDocuments.toArray()).map((row) => row.pack);
}

/** All user documents (or the given ones) as one pack in the corpus format. */
export async function exportPack(db: LibraryDb, ids?: readonly string[]): Promise<Corpus> {
  const all = await listUserDocuments(db);
  return toPack(ids ? all.filter((d) => ids.includes(d.document.id)) : all);
}

/**
 * Imports a pack all or nothing: it is validated whole first (zod paths in the message), and a
 * document already held stops the import before anything is written.
 */
export async function importPack(db: LibraryDb, data: unknown): Promise<UserDocument[]> {
  const documents = fromPack(data, (e) => describeZodError(e));
  await db.transaction('rw', TABLES(db), async () => {
    const live = await LiveLibrary.load(db);
    for (const pack of documents) {
      const duplicate = findDuplicate(live.documents.values(), pack.document);
      if (duplicate) throw new DuplicateDocumentError(duplicate.id, duplicate.title, duplicate.added !== undefined);
      live.add(pack);
      await db.userDocuments.put({ id: pack.document.id, pack });
    }
    await live.flush(db);
  });
  return documents;
}

/** Puts the user documents back into freshly imported corpus tables (inside the import's transaction). */
export async function reapplyUserDocuments(db: LibraryDb): Promise<void> {
  const rows = await db.userDocuments.toArray();
  if (rows.length === 0) return;
  const live = await LiveLibrary.load(db);
  // A bundled update that now holds a user document under the same id wins; the user's copy waits.
  for (const { pack } of rows) if (!live.documents.has(pack.document.id)) live.add(pack);
  await live.flush(db);
}

/**
 * A message a reader can act on for a failed library change. Storage quota errors (also as
 * Dexie wraps them) say so; the transaction has rolled back, so the library is unchanged.
 */
export function describeStoreError(error: unknown): string {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((e) => (e as { name?: unknown } | null)?.name);
  if (names.includes('QuotaExceededError')) return 'Not enough storage space to save this to the library; nothing was changed. Free some space (or delete documents you added) and try again.';
  return error instanceof Error ? error.message : String(error);
}
