import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '@/lib/store/db';
import { CORPUS_FILE, CORPUS_VERSION_FILE, syncCorpus } from '@/lib/store/sync-corpus';
import { smallCorpus } from './corpus-fixture';

let db: LibraryDb;
afterEach(() => db.delete());

/** A stand-in for the extension's bundled files, recording what was read. */
function bundle(files: Record<string, unknown>) {
  const read: string[] = [];
  const fetchJson = async (path: string) => {
    read.push(path);
    if (!(path in files)) throw new Error(`no ${path}`);
    return files[path];
  };
  return { read, fetchJson };
}

describe('syncCorpus', () => {
  it('imports the bundled corpus once, then only reads its version file', async () => {
    db = openLibraryDb('sync-1');
    const corpus = smallCorpus('v-bundled-01');
    const first = bundle({ [CORPUS_VERSION_FILE]: { version: corpus.version }, [CORPUS_FILE]: corpus });
    expect(await syncCorpus(db, first.fetchJson)).toMatchObject({ imported: true, version: 'v-bundled-01' });
    const again = bundle({ [CORPUS_VERSION_FILE]: { version: corpus.version }, [CORPUS_FILE]: corpus });
    expect(await syncCorpus(db, again.fetchJson)).toEqual({ imported: false, version: 'v-bundled-01' });
    expect(again.read).toEqual([CORPUS_VERSION_FILE]);
  });

  it('re-imports when an update brings another version', async () => {
    db = openLibraryDb('sync-2');
    await syncCorpus(db, bundle({ [CORPUS_VERSION_FILE]: { version: 'v-old-000001' }, [CORPUS_FILE]: smallCorpus('v-old-000001', 6) }).fetchJson);
    const update = bundle({ [CORPUS_VERSION_FILE]: { version: 'v-new-000002' }, [CORPUS_FILE]: smallCorpus('v-new-000002', 2) });
    expect(await syncCorpus(db, update.fetchJson)).toMatchObject({ imported: true, clauses: 2 });
    expect(update.read).toEqual([CORPUS_VERSION_FILE, CORPUS_FILE]);
  });

  it('rejects a malformed version file and keeps the library', async () => {
    db = openLibraryDb('sync-3');
    await syncCorpus(db, bundle({ [CORPUS_VERSION_FILE]: { version: 'v-kept-000001' }, [CORPUS_FILE]: smallCorpus('v-kept-000001') }).fetchJson);
    await expect(syncCorpus(db, bundle({ [CORPUS_VERSION_FILE]: { version: 7 } }).fetchJson)).rejects.toThrow(/version/);
    expect((await db.meta.get('corpus'))?.version).toBe('v-kept-000001');
  });
});
