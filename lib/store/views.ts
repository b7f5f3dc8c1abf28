import { z } from 'zod';
import { CitedDocumentSchema, ClauseSchema, DocumentRelationSchema, DocumentSchema, RelatedClauseSchema } from '../corpus/schema';

/** What the UI shows for one clause; crosses the message boundary, hence zod. */
export const ClauseSummarySchema = ClauseSchema.pick({ id: true, documentId: true, path: true, label: true, heading: true, order: true });
export type ClauseSummary = z.infer<typeof ClauseSummarySchema>;

export const RelatedViewSchema = z.object({
  clause: ClauseSchema.omit({ related: true }),
  document: DocumentSchema.pick({ id: true, title: true, titleSimplified: true, level: true, region: true, docNumber: true }),
  score: RelatedClauseSchema.shape.score,
  reason: RelatedClauseSchema.shape.reason,
});
export type RelatedView = z.infer<typeof RelatedViewSchema>;

export const DocumentLinkSchema = z.object({
  relation: DocumentRelationSchema,
  /** 上位文件 (this document implements or cites it) or 下位文件 (it implements or cites this one). */
  direction: z.enum(['upper', 'lower']),
  title: z.string(),
  documentId: z.string().nullable(),
});
export type DocumentLink = z.infer<typeof DocumentLinkSchema>;

export const ClauseViewSchema = z.object({
  clause: ClauseSchema,
  document: DocumentSchema,
  related: z.array(RelatedViewSchema),
  links: z.array(DocumentLinkSchema),
});
export type ClauseView = z.infer<typeof ClauseViewSchema>;

export const DocumentViewSchema = z.object({
  document: DocumentSchema,
  outline: z.array(ClauseSummarySchema),
  links: z.array(DocumentLinkSchema),
});
export type DocumentView = z.infer<typeof DocumentViewSchema>;

export const CitedViewSchema = z.object({
  cited: CitedDocumentSchema,
  citingDocuments: z.array(DocumentSchema.pick({ id: true, title: true, titleSimplified: true })),
});
export type CitedView = z.infer<typeof CitedViewSchema>;

export const LibraryEntrySchema = z.object({
  document: DocumentSchema,
  clauseCount: z.number().int().min(0),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;
