import { z } from 'zod';

/**
 * The corpus file format: the public, documented contract between the corpus build
 * (`npm run corpus`) and everything that reads the library. Bump CORPUS_SCHEMA_VERSION on
 * any incompatible change.
 */
export const CORPUS_SCHEMA_VERSION = 1;

export const LevelSchema = z.enum(['national', 'provincial', 'municipal']);
export type Level = z.infer<typeof LevelSchema>;

/** A calendar date stated in a text, ISO `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const SourceSchema = z.object({
  /** Seed file name, e.g. `000_9e8b685596f82533.txt`. */
  file: z.string().min(1),
  /** What this file contributes: `body`, `summary`, `excerpt 2 of 3`… */
  role: z.string().min(1),
});

export const SummaryGroupSchema = z.object({
  label: z.string().min(1),
  text: z.string().min(1),
  /** Section paths (e.g. `["二"]`) of the document that this group summarises. */
  sections: z.array(z.array(z.string())),
});

export const DocumentSchema = z.object({
  id: z.string().min(1),
  /** Title exactly as printed (繁體 stays 繁體). */
  title: z.string().min(1),
  /** Title folded to 简体. */
  titleSimplified: z.string().min(1),
  /** `text` when the title is printed in the seed; `public-reporting` when it is not. */
  titleSource: z.enum(['text', 'public-reporting']),
  /** Short forms: 以下简称 definitions and short titles the text itself uses. */
  aliases: z.array(z.string().min(1)),
  /** 文号 as printed, or null when the text does not state one. */
  docNumber: z.string().min(1).nullable(),
  issuers: z.array(z.string().min(1)),
  level: LevelSchema,
  /** Region the document governs, e.g. 江苏, 苏州, 北京. */
  region: z.string().min(1),
  /** Dates only as stated in the text; null when unknown. */
  issued: IsoDateSchema.nullable(),
  published: IsoDateSchema.nullable(),
  effectiveFrom: IsoDateSchema.nullable(),
  effectiveTo: IsoDateSchema.nullable(),
  /** The validity clause in words when it cannot be turned into dates (e.g. 有效期3年). */
  validityNote: z.string().nullable(),
  abridged: z.boolean(),
  sources: z.array(SourceSchema).min(1),
  summary: z
    .object({ lang: z.string().min(2), groups: z.array(SummaryGroupSchema) })
    .nullable(),
  /**
   * Text that belongs to the document but to no clause, as printed: the issuing notice that
   * carries it (000's names the State Council's approval), the addressees. Absent when none.
   */
  frontMatter: z.string().min(1).optional(),
  /** Only on documents a user added to the library (never in the bundled corpus): from where, when. */
  added: z.object({ source: z.string().min(1), at: z.string().datetime() }).optional(),
});
export type PolicyDocument = z.infer<typeof DocumentSchema>;

export const RelatedClauseSchema = z.object({
  clauseId: z.string().min(1),
  score: z.number().min(0),
  /** Why the two clauses are related: shared terms, shared departments, or a citation. */
  reason: z.object({
    kind: z.enum(['terms', 'departments', 'citation']),
    terms: z.array(z.string()),
    text: z.string().min(1),
  }),
});
export type RelatedClause = z.infer<typeof RelatedClauseSchema>;

export const ClauseSchema = z.object({
  /** `${documentId}:${path.join('/')}`, stable across builds. */
  id: z.string().min(1),
  documentId: z.string().min(1),
  /** Labels from the outermost section inward, normalised: `["二", "(三)"]`, `["第一章", "第三条"]`, `["四", "(一)", "7"]`. */
  path: z.array(z.string().min(1)).min(1),
  /** The label as printed, e.g. `(三)`, `第三条`, `7.`, `一、`. */
  label: z.string().min(1),
  heading: z.string().nullable(),
  /** Full text of the unit as printed (after repairs listed in the quality report), without nested units. */
  text: z.string(),
  departments: z.array(z.string().min(1)),
  /** Position in reading order within the document, from 0. */
  order: z.number().int().min(0),
  related: z.array(RelatedClauseSchema),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const CitationSchema = z.object({
  /** The document that cites. */
  documentId: z.string().min(1),
  /** The clause whose text carries the citation, or null for the notice / preamble. */
  clauseId: z.string().nullable(),
});

export const CitedDocumentSchema = z.object({
  id: z.string().min(1),
  docNumber: z.string().nullable(),
  title: z.string().nullable(),
  /** Set when the cited document is held in the corpus (possibly cited under another name). */
  heldDocumentId: z.string().nullable(),
  citedBy: z.array(CitationSchema).min(1),
});
export type CitedDocument = z.infer<typeof CitedDocumentSchema>;

export const DocumentRelationSchema = z.object({
  from: z.string().min(1),
  /** A held document id or a cited document id. */
  to: z.string().min(1),
  kind: z.enum(['implements', 'cites']),
  /** The words in the text that state the relation. */
  evidence: z.string().min(1),
});
export type DocumentRelation = z.infer<typeof DocumentRelationSchema>;

export const QualityItemSchema = z.object({
  documentId: z.string().nullable(),
  clauseId: z.string().nullable(),
  kind: z.enum(['repaired', 'flagged', 'inferred']),
  message: z.string().min(1),
  before: z.string().optional(),
  after: z.string().optional(),
});
export type QualityItem = z.infer<typeof QualityItemSchema>;

export const CorpusSchema = z
  .object({
    schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
    /** Content hash of everything below; the library re-imports when it changes. */
    version: z.string().min(8),
    documents: z.array(DocumentSchema).min(1),
    clauses: z.array(ClauseSchema),
    cited: z.array(CitedDocumentSchema),
    relations: z.array(DocumentRelationSchema),
    quality: z.array(QualityItemSchema),
  })
  .superRefine((corpus, ctx) => {
    const docIds = new Set(corpus.documents.map((d) => d.id));
    const clauseIds = new Set<string>();
    corpus.clauses.forEach((c, i) => {
      if (!docIds.has(c.documentId))
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'documentId'], message: `unknown document ${c.documentId}` });
      if (clauseIds.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `duplicate clause id ${c.id}` });
      clauseIds.add(c.id);
    });
    corpus.clauses.forEach((c, i) =>
      c.related.forEach((r, j) => {
        if (!clauseIds.has(r.clauseId))
          ctx.addIssue({ code: 'custom', path: ['clauses', i, 'related', j, 'clauseId'], message: `unknown clause ${r.clauseId}` });
      }),
    );
  });
export type Corpus = z.infer<typeof CorpusSchema>;
