import type { Clause, PolicyDocument } from '@/lib/corpus/schema';

/** 《title》(文号) 二/(三): what a researcher pastes into a paper. */
export function citationOf(document: Pick<PolicyDocument, 'title' | 'docNumber'>, clause?: Pick<Clause, 'path'>): string {
  const number = document.docNumber ? `(${document.docNumber})` : '';
  const path = clause ? ` ${clause.path.join(' ')}` : '';
  return `《${document.title}》${number}${path}`;
}
