// Growing the library. (1) The general parser on a 1 MB document, against the same parser on
// seed 004 (20 KB) in the same run: throughput should hold at size. (2) A 50-clause document
// added to a 10,000-clause library until it is searchable (stored, search index rebuilt),
// detected (matcher rebuilt from the store) and related (incremental related lists, both ways),
// against a full related rebuild of the same library in the same run. Goal: under 1 s.
import 'fake-indexeddb/auto';
import { buildCorpus } from '../../lib/corpus/build';
import { parsePolicyText } from '../../lib/corpus/parse-text';
import type { Corpus } from '../../lib/corpus/schema';
import { editableFields, toUserDocument, type EditableFields } from '../../lib/corpus/user-document';
import { buildMatcher } from '../../lib/detect/matcher';
import { computeRelated } from '../../lib/related/compute';
import { buildSearchIndex } from '../../lib/search';
import { allClauses } from '../../lib/store/clauses';
import { openLibraryDb } from '../../lib/store/db';
import { importCorpus } from '../../lib/store/import-corpus';
import { matcherSourceFromDb } from '../../lib/store/matcher-source';
import { saveUserDocument } from '../../lib/store/user-documents';
import { toChineseNumeral } from '../../lib/text/numerals';
import { readSeeds } from '../seeds';
import { syntheticCorpus } from './synthetic-corpus';

function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const result = f();
  return [result, performance.now() - start];
}
async function timeAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await f();
  return [result, performance.now() - start];
}

/** A plan-shaped document of about `bytes` UTF-8 bytes: 一、 sections, (一) measures, 1. tasks, built from real sentences. */
function bigDocument(sentences: string[], bytes: number): string {
  const lines = ['某某省生物医药产业发展规划', '某政发〔2025〕1号'];
  let size = 0;
  let n = 0;
  for (let section = 1; size < bytes; section++) {
    lines.push(`${toChineseNumeral(section)}、第${section}部分`);
    for (let measure = 1; measure <= 10; measure++) {
      n++;
      lines.push(`（${toChineseNumeral(measure)}）${sentences[n % sentences.length]}${sentences[(n * 3) % sentences.length]}`);
      for (let task = 1; task <= 3; task++) lines.push(`${task}.${sentences[(n * 7 + task) % sentences.length]}`);
    }
    size = Buffer.byteLength(lines.join('\n'));
  }
  lines.push('某某省人民政府', '2025年1月1日');
  return lines.join('\n');
}


function fiftyClauseDocument(sentences: string[]): string {
  const lines = ['某某市促进生物医药临床研究的若干措施'];
  for (let i = 1; i <= 50; i++) lines.push(`${i}.${sentences[(i * 7) % sentences.length]}${sentences[(i * 11) % sentences.length]}（责任单位：市卫健委）`);
  lines.push('某某市人民政府', '2025年6月1日');
  return lines.join('\n');
}

export async function run(): Promise<void> {
  const seeds = readSeeds();
  const corpus = buildCorpus(seeds);
  const sentences = corpus.clauses.flatMap((c) => c.text.split(/(?<=[。；;])/).filter((s) => s.trim().length > 4));

  const seed004 = seeds[Object.keys(seeds).find((f) => f.startsWith('004_'))!]!;
  const big = bigDocument(sentences, 1024 * 1024);
  const [small, smallMs] = time(() => parsePolicyText(seed004, { id: 's', source: 'seed', kind: 'pdf' }));
  const [parsed, bigMs] = time(() => parsePolicyText(big, { id: 'b', source: 'bench', kind: 'text' }));
  const rate = (bytes: number, ms: number) => bytes / 1024 / 1024 / (ms / 1000);
  const smallRate = rate(Buffer.byteLength(seed004), smallMs);
  const bigRate = rate(Buffer.byteLength(big), bigMs);
  console.log(`parse: 1 MB document, ${parsed.clauses.length} clauses: ${bigMs.toFixed(0)} ms (${bigRate.toFixed(2)} MB/s)`);
  console.log(`       seed 004, ${small.clauses.length} clauses: ${smallMs.toFixed(1)} ms (${smallRate.toFixed(2)} MB/s); throughput ratio 1 MB / seed ${(bigRate / smallRate).toFixed(2)}`);

  const library = { ...syntheticCorpus(corpus, 10_000), version: 'bench-library-1' };
  const db = openLibraryDb('bench-library-add');
  await db.delete();
  await db.open();
  await importCorpus(db, library);
  const text = fiftyClauseDocument(sentences);
  const preview = parsePolicyText(text, { id: 'preview', source: 'bench.txt', kind: 'text', held: library.documents });
  const document = toUserDocument(preview, editableFields(preview) as EditableFields, { source: 'bench.txt', at: new Date().toISOString() });

  const [, saveMs] = await timeAsync(() => saveUserDocument(db, document));
  const [, matcherMs] = await timeAsync(async () => buildMatcher(await matcherSourceFromDb(db)));
  const [, searchMs] = await timeAsync(async () => buildSearchIndex(await db.documents.toArray(), await allClauses(db)));
  const added = (await allClauses(db)).filter((c) => c.documentId === document.document.id);
  const incoming = (await allClauses(db)).filter((c) => c.documentId !== document.document.id && c.related.some((r) => r.clauseId.startsWith(`${document.document.id}:`))).length;
  const total = saveMs + matcherMs + searchMs;
  console.log(`add a ${added.length}-clause document to a ${library.clauses.length}-clause library:`);
  console.log(`  stored + related (incremental, both ways): ${saveMs.toFixed(0)} ms; ${added.filter((c) => c.related.length).length} new clauses with related measures, ${incoming} library clauses took a new one`);
  console.log(`  detected (matcher rebuilt from the store): ${matcherMs.toFixed(0)} ms`);
  console.log(`  searchable (search index rebuilt, as the popup does when it opens): ${searchMs.toFixed(0)} ms`);
  console.log(`  total ${total.toFixed(0)} ms (goal < 1000 ms)`);

  const whole: Corpus = { ...library, documents: [...library.documents, document.document], clauses: [...library.clauses, ...document.clauses] };
  const [, fullMs] = time(() => computeRelated(whole));
  console.log(`  baseline: full related rebuild of the ${whole.clauses.length} clauses: ${fullMs.toFixed(0)} ms; ratio full / incremental add ${(fullMs / saveMs).toFixed(1)}×`);
  await db.delete();
}
