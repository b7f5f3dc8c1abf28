import { simplify } from '../text/simplify';
import { CLASSIFICATION } from './catalogue';
import type { DocumentDraft } from './draft';
import { docNumberLine, isAbridgedMarker, isDateLine, parseChineseDate } from './metadata';

/**
 * 000: an issuing notice (title line repeated by the page, issuers, 文号 line, addressees,
 * body, signature, date) followed by the plan itself (its title line, preamble, sections).
 * The plan is the document; the notice is its front matter.
 */
export function parse000(text: string, file: string): DocumentDraft {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const noticeTitle = lines.find((l) => /《[^》]+》/.test(l));
  if (!noticeTitle) throw new Error(`${file}: no notice title with 《》`);
  const title = /《([^》]+)》/.exec(noticeTitle)![1]!;
  // `商務部、江蘇省人民政府關于印發…`: the issuers are named before 关于.
  const issuers = simplify(noticeTitle.split(/[关關][于於]/)[0]!)
    .split(/[、\s]+/)
    .filter(Boolean);
  const numberAt = lines.findIndex((l) => docNumberLine(l) !== null);
  const planAt = lines.findIndex((l, i) => i > numberAt && l === title);
  if (numberAt < 0 || planAt < 0) throw new Error(`${file}: notice 文号 or plan title line not found`);
  const notice = lines.slice(numberAt + 1, planAt).filter(Boolean);
  const dateLine = notice.findLast((l) => isDateLine(l));
  const body = lines.slice(planAt + 1).filter(Boolean);
  const abridged = body.some(isAbridgedMarker);

  return {
    document: {
      id: '000',
      title,
      titleSimplified: simplify(title),
      titleSource: 'text',
      aliases: [],
      docNumber: docNumberLine(lines[numberAt]!),
      issuers,
      ...CLASSIFICATION['000'],
      issued: dateLine ? parseChineseDate(dateLine) : null,
      published: null,
      effectiveFrom: null,
      effectiveTo: null,
      validityNote: null,
      abridged,
      sources: [{ file, role: 'body (繁體) with its issuing notice' }],
      summary: null,
    },
    paragraphs: body.filter((l) => !isAbridgedMarker(l)),
    frontMatter: notice.join('\n'),
    quality: abridged
      ? [{ documentId: '000', clauseId: null, kind: 'flagged', message: 'The text is marked (本文有刪減): published abridged; clauses may be missing.' }]
      : [],
  };
}
