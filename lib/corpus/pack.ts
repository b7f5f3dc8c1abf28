import { z } from 'zod';
import { CitedDocumentSchema, ClauseSchema, CORPUS_SCHEMA_VERSION, CorpusSchema, DocumentRelationSchema, DocumentSchema, QualityItemSchema, type Corpus } from './schema';

/**
 * A user-added document with everything the library keeps for it, and packs of them in the
 * corpus format for sharing (export → a file a research group passes around → import). The
 * corpus file format is reused as is, so a pack is read by the same schema as the bundled one.
 */
export const UserDocumentSchema = z
  .object({
    document: DocumentSchema.required({ added: true }),
    clauses: z.array(ClauseSchema),
    cited: z.array(CitedDocumentSchema),
    relations: z.array(DocumentRelationSchema),
    quality: z.array(QualityItemSchema),
  })
  .superRefine((pack, ctx) => {
    pack.clauses.forEach((c, i) => {
      if (c.documentId !== pack.document.id) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'documentId'], message: `expected ${pack.document.id}` });
    });
    if (pack.clauses.length === 0) ctx.addIssue({ code: 'custom', path: ['clauses'], message: 'a document needs at least one clause' });
  });
export type UserDocument = z.infer<typeof UserDocumentSchema>;

/** FNV-1a over the JSON, twice with different seeds: a content version without node:crypto. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The documents as one corpus-format pack; related lists are left out (each library computes its own). */
export function toPack(documents: readonly UserDocument[]): Corpus {
  const content = {
    schemaVersion: CORPUS_SCHEMA_VERSION as typeof CORPUS_SCHEMA_VERSION,
    documents: documents.map((d) => d.document),
    clauses: documents.flatMap((d) => d.clauses.map((c) => ({ ...c, related: [] }))),
    cited: documents.flatMap((d) => d.cited),
    relations: documents.flatMap((d) => d.relations),
    quality: documents.flatMap((d) => d.quality),
  };
  return { ...content, version: `pack-${contentHash(JSON.stringify(content))}` };
}

export class PackRejectedError extends Error {
  override name = 'PackRejectedError';
}

/**
 * A pack read back into user documents, all or nothing: the corpus schema first (with zod
 * paths), then every document must be marked as user-added and own its clauses.
 */
export function fromPack(data: unknown, describe: (error: z.ZodError) => string): UserDocument[] {
  const corpus = CorpusSchema.safeParse(data);
  if (!corpus.success) throw new PackRejectedError(`pack rejected:\n${describe(corpus.error)}`);
  const { documents, clauses, cited, relations, quality } = corpus.data;
  return documents.map((document, i) => {
    const own = (id: string | null) => id === document.id;
    const pack = UserDocumentSchema.safeParse({
      document,
      clauses: clauses.filter((c) => own(c.documentId)),
      cited: cited.flatMap((c) => (c.citedBy.some((by) => own(by.documentId)) ? [{ ...c, citedBy: c.citedBy.filter((by) => own(by.documentId)) }] : [])),
      relations: relations.filter((r) => own(r.from)),
      quality: quality.filter((q) => own(q.documentId)),
    });
    if (!pack.success) throw new PackRejectedError(`pack rejected:\n${describe(pack.error).replace(/^(\s*)document\./gm, `$1documents.${i}.`)}`);
    return pack.data;
  });
}
