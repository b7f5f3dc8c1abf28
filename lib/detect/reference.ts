import { z } from 'zod';

export const ReferenceKindSchema = z.enum(['docNumber', 'title', 'alias', 'clause', 'heading']);
export type ReferenceKind = z.infer<typeof ReferenceKindSchema>;

/**
 * A policy reference found in page text. `start`/`end` are UTF-16 offsets in the original
 * text given to detect(). It resolves to exactly one of: a held document (`documentId`), a
 * document the corpus cites but does not hold (`citedId`), a well-formed 文号 that is
 * neither (`unknown: true`), or look-alike held documents that the page does not tell apart
 * (`candidates`: the reader chooses).
 */
export const ReferenceSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    kind: ReferenceKindSchema,
    /** The original text of the reference, as printed on the page. */
    text: z.string().min(1),
    documentId: z.string().min(1).optional(),
    citedId: z.string().min(1).optional(),
    unknown: z.literal(true).optional(),
    /** Held documents that fit equally (same title from different cities): at least two. */
    candidates: z.array(z.string().min(1)).min(2).optional(),
    /** For `clause` and `heading` references: the clause it names. */
    clauseId: z.string().min(1).optional(),
    /** For `docNumber` references: the 文号 folded to one form, e.g. `国函〔2025〕80号`. */
    docNumber: z.string().min(1).optional(),
  })
  .refine((r) => r.end > r.start, { message: 'end must be after start' })
  .refine((r) => [r.documentId, r.citedId, r.unknown, r.candidates].filter((v) => v !== undefined).length === 1, {
    message: 'a reference resolves to exactly one of documentId, citedId, unknown, candidates',
  })
  .refine((r) => (r.kind === 'clause' || r.kind === 'heading') === (r.clauseId !== undefined), {
    message: 'clauseId is set exactly for clause and heading references',
  });
export type Reference = z.infer<typeof ReferenceSchema>;
