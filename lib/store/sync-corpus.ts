import { z } from 'zod';
import type { LibraryDb } from './db';
import { importCorpus, type ImportOutcome } from './import-corpus';

/** The bundled corpus's version, shipped beside it so a start-up need not read the corpus. */
export const CorpusVersionFileSchema = z.object({ version: z.string().min(8) });
export const CORPUS_FILE = '/corpus.json';
export const CORPUS_VERSION_FILE = '/corpus-version.json';

/**
 * Brings the library up to the bundled corpus. The service worker starts often (on install,
 * update and whenever a page asks it something after a rest): reading the small version file
 * first keeps the ~0.5 MB corpus unread and unvalidated when nothing changed.
 */
export async function syncCorpus(db: LibraryDb, fetchJson: (path: typeof CORPUS_FILE | typeof CORPUS_VERSION_FILE) => Promise<unknown>): Promise<ImportOutcome> {
  const { version } = CorpusVersionFileSchema.parse(await fetchJson(CORPUS_VERSION_FILE));
  if ((await db.meta.get('corpus'))?.version === version) return { imported: false, version };
  return importCorpus(db, await fetchJson(CORPUS_FILE));
}
