import { CLASSIFICATION } from './catalogue';
import type { DocumentDraft } from './draft';
import { draftFromText } from './parse-text';

/**
 * 000: an issuing notice (its title repeated by the page, issuers, 文号, addressees, body, 落款)
 * carrying the plan (its title line, preamble, sections). The general parser tells the two
 * apart; the seed only adds its classification from the catalogue.
 */
export function parse000(text: string, file: string): DocumentDraft {
  const { document, paragraphs, frontMatter, quality } = draftFromText(text, { id: '000', source: file, role: 'body (繁體) with its issuing notice', kind: 'text', classification: CLASSIFICATION['000'] });
  return { document, paragraphs, frontMatter, quality };
}
