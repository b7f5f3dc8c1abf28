import { createHash } from 'node:crypto';
import type { Corpus } from './schema';

/**
 * The corpus version is a hash of its content, so the library re-imports exactly when the
 * content changes. Key order is fixed by construction; nothing time-dependent goes in.
 */
export function corpusVersion(content: Omit<Corpus, 'version'>): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 20);
}
