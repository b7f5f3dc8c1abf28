import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFile } from '../lib/corpus/catalogue';
import { buildLibraryCorpus } from '../lib/corpus/pipeline';
import type { Corpus } from '../lib/corpus/schema';

const dir = join(import.meta.dirname, '..', 'seeds');

/** The seed files as the corpus script reads them: file name → text. */
export function readSeeds(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** The text of the seed whose file name starts with `prefix` (e.g. `000_`). */
export function seedText(prefix: string): string {
  return seedFile(readSeeds(), prefix).text;
}

/** The corpus the extension bundles, built from seeds/ (parsing, then related measures). */
export function libraryCorpus(): Corpus {
  return buildLibraryCorpus(readSeeds());
}
