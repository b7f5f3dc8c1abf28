import { z } from 'zod';

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
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

export const NoteSchema = z.object({
  id: z.string().min(1),
  /** Page URL without its fragment. */
  url: z.string().url(),
  pageTitle: z.string(),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  comment: z.string(),
  tags: z.array(z.string().min(1)),
  /** Corpus clause ids (or document ids) the highlighted text refers to. */
  clauseIds: z.array(z.string().min(1)),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
});
export type Note = z.infer<typeof NoteSchema>;

export const NOTES_EXPORT_FORMAT = 'policy-lens-notes';
export const NotesExportSchema = z.object({
  format: z.literal(NOTES_EXPORT_FORMAT),
  version: z.literal(1),
  exported: z.iso.datetime(),
  notes: z.array(NoteSchema),
});
export type NotesExport = z.infer<typeof NotesExportSchema>;
