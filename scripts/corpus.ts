// `npm run corpus`: builds the corpus from seeds/*.txt, validates it, writes public/corpus.json
// and prints the quality report. Nothing is written when validation fails.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../lib/corpus/build';
import { qualityReport } from '../lib/corpus/report';
import { CorpusSchema, describeZodError } from '../lib/corpus/schema';

const root = join(import.meta.dirname, '..');
const seedDir = join(root, 'seeds');
const seeds = Object.fromEntries(
  readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(seedDir, f), 'utf8')]),
);
const parsed = CorpusSchema.safeParse(buildCorpus(seeds));
if (!parsed.success) {
  console.error(`corpus is invalid, nothing written:\n${describeZodError(parsed.error)}`);
  process.exit(1);
}
mkdirSync(join(root, 'public'), { recursive: true });
writeFileSync(join(root, 'public', 'corpus.json'), JSON.stringify(parsed.data));
console.log(qualityReport(parsed.data));
console.log(`\nwrote public/corpus.json (version ${parsed.data.version})`);
