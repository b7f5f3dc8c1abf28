import type { PolicyDocument } from '../../lib/corpus/schema';

/**
 * A held document for tests: the fields given, and for the rest what a text that states nothing
 * more would give (no 文号, issuers or dates; title as printed is already 简体).
 */
export function makeDocument(fields: Partial<PolicyDocument> & Pick<PolicyDocument, 'id' | 'title' | 'level' | 'region'>): PolicyDocument {
  return {
    titleSimplified: fields.title,
    titleSource: 'text',
    aliases: [],
    docNumber: null,
    issuers: [],
    issued: null,
    published: null,
    effectiveFrom: null,
    effectiveTo: null,
    validityNote: null,
    abridged: false,
    sources: [{ file: `${fields.id}.txt`, role: 'body' }],
    summary: null,
    ...fields,
  };
}
