// `npm run corpus`: builds the corpus from seeds/*.txt, validates it, writes public/corpus.json
// with its version beside it (public/corpus-version.json, what the background reads first) and
// prints the quality report. Nothing is written when validation fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { qualityReport } from '../lib/corpus/report';
import { CorpusSchema } from '../lib/corpus/schema';
import { describeZodError } from '../lib/zod-issues';
import { CORPUS_FILE, CORPUS_VERSION_FILE } from '../lib/store/sync-corpus';
import { libraryCorpus } from './seeds';

const root = join(import.meta.dirname, '..');
const parsed = CorpusSchema.safeParse(libraryCorpus());
if (!parsed.success) {
  console.error(`corpus is invalid, nothing written:\n${describeZodError(parsed.error)}`);
  process.exit(1);
}
mkdirSync(join(root, 'public'), { recursive: true });
writeFileSync(join(root, 'public', CORPUS_FILE), JSON.stringify(parsed.data));
writeFileSync(join(root, 'public', CORPUS_VERSION_FILE), JSON.stringify({ version: parsed.data.version }));
console.log(qualityReport(parsed.data));
console.log(`\nwrote public${CORPUS_FILE} and public${CORPUS_VERSION_FILE} (version ${parsed.data.version})`);
