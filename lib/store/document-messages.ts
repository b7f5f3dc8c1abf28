import { z } from 'zod';
import { IsoDateSchema } from '../corpus/schema';

/**
 * What crosses the message boundary when documents are added: the outcome of a save (a
 * duplicate is an answer the page acts on, not an error), facts offered from a page, the main
 * text a content script reads off a page, and the key whose change tells open pages that the
 * library changed.
 */
export const SaveOutcomeSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), id: z.string().min(1) }),
  z.object({ saved: z.literal(false), duplicate: z.object({ id: z.string().min(1), title: z.string().min(1), userAdded: z.boolean() }) }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;

export const DocumentFactsSchema = z
  .object({
    docNumber: z.string().min(1),
    issued: IsoDateSchema,
    published: IsoDateSchema,
    effectiveFrom: IsoDateSchema,
    effectiveTo: IsoDateSchema,
    validityNote: z.string().min(1),
    issuers: z.array(z.string().min(1)),
  })
  .partial();

/** A page's main text as the content script reads it. */
export const PageTextSchema = z.object({
  url: z.string().url(),
  title: z.string(),
  text: z.string().max(5_000_000),
});
export type PageText = z.infer<typeof PageTextSchema>;

/** Sent to a tab's content script; kept apart from the notes layer's commands. */
export const MainTextCommandSchema = z.object({ type: z.literal('extract-main-text') });

export { LIBRARY_CHANGED_KEY } from './storage-keys';
/** storage.session key holding a page's text on its way from "add this page" to the library's preview. */
export const PENDING_IMPORT_KEY = 'pendingImport';
