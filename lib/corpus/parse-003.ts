import { CLASSIFICATION, REPORTED_TITLES } from './catalogue';
import type { DocumentDraft, PendingQualityItem } from './draft';
import { parseValidity } from './metadata';

/** 003: one paragraph per line, no title line, a stray `|` after the last sentence. */
export function parse003(text: string, file: string): DocumentDraft {
  const quality: PendingQualityItem[] = [
    { documentId: '003', clauseId: null, kind: 'inferred', message: REPORTED_TITLES['003'].note },
  ];
  let body = text.trimEnd();
  const stray = /\s*\|$/.exec(body);
  if (stray) {
    const tail = body.slice(Math.max(0, stray.index - 8));
    body = body.slice(0, stray.index);
    quality.push({ documentId: '003', clauseId: null, kind: 'repaired', message: 'Removed a stray `|` after the last sentence (page residue).', before: tail, after: body.slice(-8), within: body.slice(-8) });
  }
  const paragraphs = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    document: {
      id: '003',
      title: REPORTED_TITLES['003'].title,
      titleSimplified: REPORTED_TITLES['003'].title,
      titleSource: 'public-reporting',
      aliases: [],
      docNumber: null,
      issuers: [],
      ...CLASSIFICATION['003'],
      issued: null,
      published: null,
      ...parseValidity(body),
      abridged: false,
      sources: [{ file, role: 'body' }],
      summary: null,
    },
    paragraphs,
    frontMatter: '',
    quality,
  };
}
