import { z } from 'zod';

/**
 * Keyboard access to the references on a page (issue 16: only references inside links could be
 * reached with Tab). The popup lists them and asks the tab's content script to open one; the
 * "next reference" shortcut asks it to step on. Its own schema, apart from the notes layer's
 * commands, so neither layer acts on the other's messages.
 */
export const PageReferenceCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('list-references') }),
  z.object({ type: z.literal('show-reference'), index: z.number().int().min(0) }),
  z.object({ type: z.literal('next-reference') }),
]);
export type PageReferenceCommand = z.infer<typeof PageReferenceCommandSchema>;

/** One reference as the popup lists it, in page order; the ids let it name the document. */
export const PageReferenceSchema = z.object({
  text: z.string(),
  clauseId: z.string().nullable(),
  documentId: z.string().nullable(),
  docNumber: z.string().nullable(),
});
export type PageReference = z.infer<typeof PageReferenceSchema>;
export const PageReferenceListSchema = z.array(PageReferenceSchema).max(10_000);
