// Citation links in the extension's own pages (components/useLibraryDetector.ts): the popup's
// clause view and the library reader build the detector from the library when they open and
// read each text shown once. Measured against what every web page already pays in the same
// run: the content script's detector built from the same library and run over the E2E news
// page's text (without its DOM work). Rounds are interleaved, medians reported.
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../lib/corpus/build';
import { detect } from '../../lib/detect/detect';
import { buildMatcher } from '../../lib/detect/matcher';
import { matcherSourceFromCorpus } from '../../lib/detect/source';
import { readSeeds } from '../seeds';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function run(): Promise<void> {
  const corpus = buildCorpus(readSeeds());
  const source = matcherSourceFromCorpus(corpus);
  const news = readFileSync('test/e2e/pages/news-simplified.html', 'utf8').replace(/<[^>]+>/g, ' ');
  const textsOf = (documentId: string | null) => [
    ...corpus.documents.filter((d) => documentId === null || d.id === documentId).flatMap((d) => (d.frontMatter ? [d.frontMatter] : [])),
    ...corpus.clauses.filter((c) => documentId === null || c.documentId === documentId).map((c) => c.text),
  ];
  const linkAll = (texts: string[]) => {
    const matcher = buildMatcher(source);
    return texts.reduce((n, text) => n + detect(matcher, text).length, 0);
  };
  const one = textsOf('002-1');
  const all = textsOf(null);
  const tasks: Record<string, () => number> = {
    'a web page: build + detect the news page': () => linkAll([news]),
    'library reader opens 002-1: build + link its texts': () => linkAll(one),
    'every text of the library: build + link': () => linkAll(all),
  };
  const times = new Map(Object.keys(tasks).map((name) => [name, [] as number[]]));
  const counts = new Map<string, number>();
  for (let round = 0; round <= RUNS; round++) {
    for (const [name, task] of Object.entries(tasks)) {
      const t0 = performance.now();
      counts.set(name, task());
      if (round > 0) times.get(name)!.push(performance.now() - t0);
    }
  }
  const [baseName] = Object.keys(tasks);
  const base = median(times.get(baseName!)!);
  console.log(`texts: news page ${news.length} chars; 002-1 ${one.length} texts (${one.join('').length} chars); library ${all.length} texts (${all.join('').length} chars)`);
  for (const [name, values] of times) {
    const ms = median(values);
    console.log(`${name.padEnd(52)} ${ms.toFixed(1).padStart(6)} ms  ×${(ms / base).toFixed(2)}  (${counts.get(name)} references)`);
  }
}
