// What a tab receives and builds of a large library (issue 11, "build the matcher once in the
// background and send it compactly"): the gold library plus 10,000 synthetic documents. Before:
// every tab received the whole MatcherSource and built the whole matcher. Now (lib/detect/
// page-needs.ts): every tab receives the digest and reads its text against it; only a page
// whose text can name something asks for its part of the library and builds that. Figures on
// the page-cost bench's plain page and the E2E news page, medians of interleaved rounds.
import { readFileSync } from 'node:fs';
import { buildMatcher } from '../../lib/detect/matcher';
import { buildLibraryIndex, NeedsReader, sourceForNeeds } from '../../lib/detect/page-needs';
import { goldSource } from '../../test/gold/detection/library';
import { mergeSources, syntheticLibrary } from '../../test/gold/detection/synthetic-library';

const ROUNDS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`);
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The page's text roughly as the content script reads it: tags dropped, blocks on lines. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<\/(p|div|h\d|li|tr|section|article)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ');
}

export async function run(): Promise<void> {
  const library = mergeSources(goldSource(), syntheticLibrary(10_000));
  const indexStart = performance.now();
  const index = buildLibraryIndex(library);
  const indexMs = performance.now() - indexStart;
  const wholeJson = JSON.stringify(library);
  const digestJson = JSON.stringify(index.digest);
  console.log(`library: ${library.documents.length} documents, ${library.clauses.length} clauses; the background digests it once in ${indexMs.toFixed(0)} ms`);
  console.log(`sent to every tab: digest ${kb(digestJson.length)} vs the whole MatcherSource ${kb(Buffer.byteLength(wholeJson))} before (ratio ${(digestJson.length / Buffer.byteLength(wholeJson)).toFixed(3)}×)`);

  const sentences = ['今天早上天气晴朗，公园里有很多人在散步和锻炼身体。', '图书馆新到了一批关于历史和地理的书籍，欢迎大家前来借阅。', '他每天坐地铁上班，路上会听一会儿音乐或者看看新闻。'];
  const plain = Array.from({ length: 3000 }, (_, i) => `${i + 1}. ${sentences[i % 3]}${sentences[(i + 1) % 3]}`).join('\n');
  const news = pageText(readFileSync('test/e2e/pages/news-simplified.html', 'utf8'));
  for (const [name, text] of [
    ['plain page, 3,000 paragraphs', plain],
    ['E2E news page', news],
  ] as const) {
    const before: number[] = [];
    const after: number[] = [];
    let part = { documents: [] as unknown[], clauses: [] as unknown[] };
    let asked = false;
    for (let round = 0; round < ROUNDS; round++) {
      before.push(timed(() => buildMatcher(JSON.parse(wholeJson))));
      after.push(
        timed(() => {
          const reader = new NeedsReader(JSON.parse(digestJson));
          reader.read(text);
          asked = !reader.empty;
          if (!asked) return;
          const source = sourceForNeeds(index, reader.needs());
          part = source;
          buildMatcher(JSON.parse(JSON.stringify(source)));
        }),
      );
    }
    const received = asked ? `asks for ${part.documents.length} documents and ${part.clauses.length} clauses (${kb(bytes(part))})` : 'asks for nothing';
    console.log(`${name}: ${received}; parse + read + build ${median(after).toFixed(1)} ms vs parse + build of the whole library ${median(before).toFixed(1)} ms before (ratio ${(median(after) / median(before)).toFixed(3)}×)`);
  }
}
