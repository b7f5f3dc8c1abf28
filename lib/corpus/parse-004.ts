import { CLASSIFICATION } from './catalogue';
import type { DocumentDraft } from './draft';
import { dropSpacesNextToCjk, joinPdfLines } from './join-lines';
import { docNumberLine, isDateLine, parseChineseDate, parseValidity } from './metadata';
import { recogniseLabel } from './outline';

/**
 * 004: PDF text. Title lines, a 文号 line, addressees ending in ：, the body with hard line
 * breaks, then the issuer and the date as the last two lines.
 */
export function parse004(text: string, file: string): DocumentDraft {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const numberAt = lines.findIndex((l) => docNumberLine(l) !== null);
  if (numberAt < 0) throw new Error(`${file}: no 文号 line`);
  const content = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.length > 0);
  const dateLine = content.at(-1);
  const signature = dateLine && isDateLine(dateLine.l) ? content.at(-2) : undefined;
  const addressees = content.find(({ l, i }) => i > numberAt && /[：:]$/.test(l));
  const bodyStart = (addressees?.i ?? numberAt) + 1;
  const bodyEnd = signature?.i ?? lines.length;

  const title = joinPdfLines(lines.slice(0, numberAt), () => false).paragraphs.join('');
  const joined = joinPdfLines(lines.slice(bodyStart, bodyEnd), (line) => recogniseLabel(line) !== null);
  // The report shows the repair on the body's first two lines.
  const opening = lines.slice(bodyStart, bodyEnd).filter(Boolean).slice(0, 2);
  return {
    document: {
      id: '004',
      title,
      titleSimplified: title,
      titleSource: 'text',
      aliases: [],
      docNumber: docNumberLine(lines[numberAt]!),
      issuers: signature ? [signature.l] : [],
      ...CLASSIFICATION['004'],
      issued: signature ? parseChineseDate(dateLine!.l) : null,
      published: null,
      ...parseValidity(joined.paragraphs.join('\n')),
      abridged: false,
      sources: [{ file, role: 'body (PDF text)' }],
      summary: null,
    },
    paragraphs: joined.paragraphs,
    frontMatter: addressees?.l ?? '',
    quality: [
      {
        documentId: '004',
        clauseId: null,
        kind: 'repaired',
        message: `PDF text: joined ${joined.joins} hard line breaks into ${joined.paragraphs.length} paragraphs without inserting spaces between CJK characters, and removed ${joined.spacesRemoved} stray spaces next to CJK text.`,
        before: opening.join('\n'),
        after: joined.paragraphs[0]!.slice(0, dropSpacesNextToCjk(opening.join('')).text.length),
      },
    ],
  };
}
