import { z } from 'zod';
import { ClauseSchema, CitedDocumentSchema, DocumentSchema } from '../corpus/schema';

/**
 * What the content script needs from the corpus to find references on a page: titles,
 * short forms and 文号 of held and cited documents (with issuers and region, which narrow
 * look-alikes), and clause labels and headings. It is
 * sent from the background to every page, so it carries no clause text.
 */
export const MatcherSourceSchema = z.object({
  documents: z.array(DocumentSchema.pick({ id: true, title: true, titleSimplified: true, aliases: true, docNumber: true, issuers: true, region: true })),
  cited: z.array(CitedDocumentSchema.pick({ id: true, title: true, docNumber: true, heldDocumentId: true })),
  clauses: z.array(ClauseSchema.pick({ id: true, documentId: true, path: true, label: true, heading: true })),
});
export type MatcherSource = z.infer<typeof MatcherSourceSchema>;

/** The matcher's fields of a corpus, or of any rows that have them (the library's tables), and no others. */
export function matcherSourceFromCorpus(corpus: MatcherSource): MatcherSource {
  return {
    documents: corpus.documents.map(({ id, title, titleSimplified, aliases, docNumber, issuers, region }) => ({ id, title, titleSimplified, aliases, docNumber, issuers, region })),
    cited: corpus.cited.map(({ id, title, docNumber, heldDocumentId }) => ({ id, title, docNumber, heldDocumentId })),
    clauses: corpus.clauses.map(({ id, documentId, path, label, heading }) => ({ id, documentId, path, label, heading })),
  };
}
