import { CLASSIFICATION } from './catalogue';
import type { DocumentDraft } from './draft';
import { draftFromText } from './parse-text';

/**
 * 004: PDF text (title lines, 文号, addressees, body with hard line breaks, 落款). The general
 * parser reads all of it; the seed only adds its classification from the catalogue.
 */
export function parse004(text: string, file: string): DocumentDraft {
  const { document, paragraphs, frontMatter, quality } = draftFromText(text, { id: '004', source: file, role: 'body (PDF text)', kind: 'pdf', classification: CLASSIFICATION['004'] });
  return { document, paragraphs, frontMatter, quality };
}
