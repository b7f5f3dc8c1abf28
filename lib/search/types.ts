import { z } from 'zod';
import { IsoDateSchema, LevelSchema } from '../corpus/schema';

export const ValidityFilterSchema = z.enum(['in-force', 'expired', 'any']);
export type ValidityFilter = z.infer<typeof ValidityFilterSchema>;

export const SearchFiltersSchema = z.object({
  levels: z.array(LevelSchema).optional(),
  documentIds: z.array(z.string()).optional(),
  /** `in-force` keeps documents not known to be expired or not yet in force. */
  validity: ValidityFilterSchema.optional(),
  /** The reader's calendar day, YYYY-MM-DD; validity is judged against it at query time. */
  today: IsoDateSchema.optional(),
  /** At most this many results (default 50). */
  limit: z.number().int().positive().optional(),
});
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

/** Which text of the clause (or of its document) the snippet comes from. */
export const MatchedFieldSchema = z.enum(['heading', 'text', 'departments', 'title', 'docNumber', 'issuers']);
export type MatchedField = z.infer<typeof MatchedFieldSchema>;

export const SnippetSchema = z.object({
  /** A window of the field as printed (繁體 stays 繁體), with `…` where it was cut. */
  text: z.string(),
  /** UTF-16 [start, end) ranges in `text` of the characters that matched the query. */
  marks: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
});
export type Snippet = z.infer<typeof SnippetSchema>;

export const SearchResultSchema = z.object({
  clauseId: z.string(),
  documentId: z.string(),
  /** 0 is a perfect match, 1 the worst that is still shown. */
  score: z.number().min(0).max(1),
  field: MatchedFieldSchema,
  snippet: SnippetSchema,
  /** Set when the query named this clause or its document's 文号 directly. */
  jump: z.literal(true).optional(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
