import { z } from 'zod';
import { isPdfUrn } from '../pdf/identity';
import { NOTE_LIMITS } from './limits';

export { NOTE_LIMITS, STALE_NOTE } from './limits';

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(NOTE_LIMITS.quote),
  prefix: z.string().max(NOTE_LIMITS.context),
  suffix: z.string().max(NOTE_LIMITS.context),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** W3C Web Annotation TextPositionSelector: offsets into the page body's text content. */
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/**
 * A web page's address: http(s) only (never javascript:, data:, file:, chrome: or
 * view-source:, which "open page" would run or reveal), stored as the URL parser writes it, so
 * that characters such as `>` and spaces are percent-encoded wherever the URL is printed.
 * A PDF read in the extension's reader is keyed by its fingerprint instead (urn:x-pdf:…).
 */
export const PageUrlSchema = z
  .string()
  .max(NOTE_LIMITS.url)
  .refine((u) => isPdfUrn(u) || (URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol)), { message: 'must be an http(s) URL or a PDF fingerprint (urn:x-pdf:…)' })
  .transform((u) => new URL(u).href);

export const NoteSchema = z.object({
  id: z.string().min(1).max(NOTE_LIMITS.id),
  /** Page URL without its fragment. */
  url: PageUrlSchema,
  pageTitle: z.string().max(NOTE_LIMITS.pageTitle),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  comment: z.string().max(NOTE_LIMITS.comment),
  tags: z.array(z.string().min(1).max(NOTE_LIMITS.tag)).max(NOTE_LIMITS.tags),
  /** Corpus clause ids (or document ids) the highlighted text refers to. */
  clauseIds: z.array(z.string().min(1).max(NOTE_LIMITS.id)).max(NOTE_LIMITS.clauseIds),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
});
export type Note = z.infer<typeof NoteSchema>;


export const NOTES_EXPORT_FORMAT = 'policy-lens-notes';
export const NotesExportSchema = z.object({
  format: z.literal(NOTES_EXPORT_FORMAT),
  version: z.literal(1),
  exported: z.iso.datetime(),
  notes: z.array(NoteSchema).max(NOTE_LIMITS.notes),
});
export type NotesExport = z.infer<typeof NotesExportSchema>;
