import type { Clause, PolicyDocument } from './corpus/schema';

/** What a linked id cites: its document, and the clause unless the note links the whole document. */
export type ClauseCitation = {
  document: Pick<PolicyDocument, 'title' | 'docNumber'>;
  clause: Pick<Clause, 'path'> | null;
};

/** 《title》(文号) and the clause: the form a researcher pastes into a paper. */
export function formatCitation({ document, clause }: ClauseCitation): string {
  const title = `《${document.title}》${document.docNumber ? `(${document.docNumber})` : ''}`;
  return clause ? `${title} ${clauseLabel(clause.path)}` : title;
}

/**
 * Articles (第X条) are numbered through a whole document, so they are cited alone; other
 * labels only make sense with their sections: 三、(一), 四、(一)7.
 */
function clauseLabel(path: readonly string[]): string {
  const last = path[path.length - 1]!;
  if (/^第.+条$/.test(last)) return last;
  return path
    .map((label) => (/^[一二三四五六七八九十百]+$/.test(label) ? `${label}、` : /^\d+$/.test(label) ? `${label}.` : label))
    .join('');
}
