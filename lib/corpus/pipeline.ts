import { computeRelated } from '../related/compute';
import { buildCorpus } from './build';
import type { Corpus } from './schema';
import { corpusVersion } from './version';

/**
 * The whole build: seeds parsed into documents and clauses, then every clause's related
 * measures, and the version hashed over all of it so a change in either re-imports.
 */
export function buildLibraryCorpus(seeds: Record<string, string>): Corpus {
  const { version: _parsedVersion, ...content } = computeRelated(buildCorpus(seeds));
  return { ...content, version: corpusVersion(content) };
}
