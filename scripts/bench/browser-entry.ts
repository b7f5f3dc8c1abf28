// Bundled by chromium.bench.ts into an IIFE and run inside a 127.0.0.1 page in Chromium, so
// the figures are Chromium's own IndexedDB and JavaScript engine, not Node's.
import { createPageState, detectIncremental } from '../../lib/detect/detect';
import { buildMatcher } from '../../lib/detect/matcher';
import { matcherSourceFromCorpus } from '../../lib/detect/source';
import { BASELINE_REGEX, syntheticPage } from '../../lib/detect/syntheticPage';
import type { Corpus } from '../../lib/corpus/schema';
import { openLibraryDb } from '../../lib/store/db';
import { importCorpus } from '../../lib/store/import-corpus';

/** The real corpus with its clauses repeated (new ids) until it holds `count` clauses. */
function scaled(corpus: Corpus, count: number): Corpus {
  const clauses = Array.from({ length: count }, (_, i) => {
    const c = corpus.clauses[i % corpus.clauses.length]!;
    return { ...c, id: `${c.id}#${i}`, order: i, related: [] };
  });
  return { ...corpus, version: `scaled-${count}-${corpus.version}`, clauses };
}

/** Baseline: the same rows written with the raw IndexedDB API in one transaction. */
async function rawPut(corpus: Corpus): Promise<number> {
  const name = `raw-${Math.random()}`;
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('documents', { keyPath: 'id' });
      const clauses = req.result.createObjectStore('clauses', { keyPath: 'id' });
      clauses.createIndex('documentId', 'documentId');
      clauses.createIndex('documentOrder', ['documentId', 'order']);
    };
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const t0 = performance.now();
  await new Promise<void>((ok, fail) => {
    const tx = db.transaction(['documents', 'clauses'], 'readwrite');
    for (const d of corpus.documents) tx.objectStore('documents').put(d);
    for (const c of corpus.clauses) tx.objectStore('clauses').put(c);
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

async function timedImport(corpus: Corpus): Promise<number> {
  const db = openLibraryDb(`bench-${Math.random()}`);
  const t0 = performance.now();
  await importCorpus(db, corpus);
  const ms = performance.now() - t0;
  await db.delete();
  return ms;
}


/** Detection and the regex baseline in turn, round after round; medians, and the median of the per-round ratios. */
function detectTimes(corpus: Corpus, bytes: number) {
  const source = matcherSourceFromCorpus(corpus);
  const matcher = buildMatcher(source);
  const text = syntheticPage(source, bytes, 7);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const detectMs: number[] = [];
  const regexMs: number[] = [];
  let refs = 0;
  let regexHits = 0;
  for (let round = 0; round <= 15; round++) {
    let t0 = performance.now();
    BASELINE_REGEX.lastIndex = 0;
    regexHits = 0;
    while (BASELINE_REGEX.exec(text)) regexHits++;
    const regex = performance.now() - t0;
    t0 = performance.now();
    const state = createPageState(matcher);
    refs = 0;
    // Fed in 32 K chunks, as the content script does.
    for (let i = 0; i < text.length; i += 32_768) refs += detectIncremental(matcher, text.slice(i, i + 32_768), state).length;
    const detected = performance.now() - t0;
    if (round === 0) continue; // JIT warm-up
    regexMs.push(regex);
    detectMs.push(detected);
  }
  const ratio = median(detectMs.map((ms, i) => ms / regexMs[i]!));
  return { chars: text.length, refs, regexHits, detectMs: median(detectMs), regexMs: median(regexMs), ratio };
}

Object.assign(globalThis, {
  policyLensBench: {
    async imports(corpus: Corpus) {
      const big = scaled(corpus, 100_000);
      return {
        real: { clauses: corpus.clauses.length, dexieMs: await timedImport(corpus), rawMs: await rawPut(corpus) },
        scaled: { clauses: big.clauses.length, dexieMs: await timedImport(big), rawMs: await rawPut(big) },
      };
    },
    detect: (corpus: Corpus, bytes: number) => detectTimes(corpus, bytes),
    page: (corpus: Corpus, bytes: number) => syntheticPage(matcherSourceFromCorpus(corpus), bytes, 11),
  },
});
