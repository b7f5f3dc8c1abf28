// `npm run corpus`: builds the corpus from seeds/*.txt, validates it, writes public/corpus.json
// and prints the quality report. Nothing is written when validation fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { qualityReport } from '../lib/corpus/report';
import { CorpusSchema, describeZodError } from '../lib/corpus/schema';
import { libraryCorpus } from './seeds';

const root = join(import.meta.dirname, '..');
const parsed = CorpusSchema.safeParse(libraryCorpus());
if (!parsed.success) {
  console.error(`corpus is invalid, nothing written:\n${describeZodError(parsed.error)}`);
  process.exit(1);
}
mkdirSync(join(root, 'public'), { recursive: true });
writeFileSync(join(root, 'public', 'corpus.json'), JSON.stringify(parsed.data));
console.log(qualityReport(parsed.data));
console.log(`\nwrote public/corpus.json (version ${parsed.data.version})`);
