import { simplify } from '../text/simplify';
import { titleKey } from './citations';
import { UserDocumentSchema, type UserDocument } from './pack';
import type { ParsedDocument } from './parse-text';
import { IsoDateSchema, LevelSchema, type Level } from './schema';
import { z } from 'zod';

/**
 * From a parsed preview to the document the library stores: the fields as the user corrected
 * them, a stable id (the same title gives the same id, so a re-import replaces rather than
 * duplicates, and notes linked to its clauses keep their targets), and the source recorded.
 */
export const EditableFieldsSchema = z.object({
  title: z.string().trim().min(1, 'a title is needed'),
  docNumber: z.string().trim().min(1).nullable(),
  issuers: z.array(z.string().trim().min(1)),
  level: LevelSchema,
  region: z.string().trim().min(1, 'a region is needed'),
  issued: IsoDateSchema.nullable(),
  effectiveFrom: IsoDateSchema.nullable(),
  effectiveTo: IsoDateSchema.nullable(),
});
export type EditableFields = z.infer<typeof EditableFieldsSchema>;

export function editableFields(parsed: ParsedDocument): { [K in keyof EditableFields]: K extends 'level' ? Level | null : K extends 'region' ? string | null : EditableFields[K] } {
  const { title, docNumber, issuers, level, region, issued, effectiveFrom, effectiveTo } = parsed.document;
  return { title, docNumber, issuers, level, region, issued, effectiveFrom, effectiveTo };
}

/** `u-` and a hash of the folded title. */
export function userDocumentId(title: string): string {
  let hash = 0x811c9dc5;
  const key = titleKey(title);
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return `u-${(hash >>> 0).toString(36)}`;
}

export function toUserDocument(parsed: ParsedDocument, fields: EditableFields, added: { source: string; at: string }): UserDocument {
  const f = EditableFieldsSchema.parse(fields);
  const id = userDocumentId(f.title);
  const from = parsed.document.id;
  const move = (clauseId: string | null) => (clauseId !== null && clauseId.startsWith(`${from}:`) ? `${id}:${clauseId.slice(from.length + 1)}` : clauseId);
  const document = {
    ...parsed.document,
    ...f,
    id,
    titleSimplified: simplify(f.title),
    added,
  };
  return UserDocumentSchema.parse({
    document,
    clauses: parsed.clauses.map((c) => ({ ...c, id: move(c.id)!, documentId: id, related: [] })),
    cited: parsed.cited.map((c) => ({ ...c, citedBy: c.citedBy.map((by) => ({ documentId: by.documentId === from ? id : by.documentId, clauseId: move(by.clauseId) })) })),
    relations: parsed.relations.map((r) => ({ ...r, from: r.from === from ? id : r.from })),
    quality: parsed.quality.map((q) => ({ ...q, documentId: q.documentId === from ? id : q.documentId, clauseId: move(q.clauseId) })),
  });
}
