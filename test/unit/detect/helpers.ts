import { detect, type DetectOptions } from '../../../lib/detect/detect';
import { buildMatcher } from '../../../lib/detect/matcher';
import { ReferenceSchema } from '../../../lib/detect/reference';
import { fixtureSource } from './fixture';

export const fixtureMatcher = buildMatcher(fixtureSource);

/**
 * What a reader would see: the highlighted text and what it opens (a clause id, a document
 * id, a cited id, or `unknown`). Every reference also has to pass the message schema.
 */
export function seen(text: string, options?: DetectOptions, matcher = fixtureMatcher): [string, string, string][] {
  return detect(matcher, text, options).map((r) => {
    ReferenceSchema.parse(r);
    return [text.slice(r.start, r.end), r.kind, r.clauseId ?? r.documentId ?? r.citedId ?? r.candidates?.join('|') ?? 'unknown'];
  });
}
