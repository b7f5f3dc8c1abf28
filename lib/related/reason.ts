import type { RelatedClause } from '../corpus/schema';

export interface ReasonParts {
  kind: RelatedClause['reason']['kind'];
  terms: readonly string[];
  departments: readonly string[];
  /** Set when the two documents are linked by a relation stated in the texts. */
  citation: { direction: 'upper' | 'lower'; title: string } | null;
}

/** One line a reader understands, e.g. `共同关键词：临床试验、伦理审查；共同责任部门：省药监局`. */
export function describeReason({ kind, terms, departments, citation }: ReasonParts): string {
  const parts: string[] = [];
  if (kind === 'citation' && citation)
    parts.push(`${citation.direction === 'upper' ? '上位文件' : '下位文件'}《${citation.title}》`);
  if (terms.length > 0) parts.push(`共同关键词：${terms.join('、')}`);
  if (departments.length > 0) parts.push(`共同责任部门：${departments.join('、')}`);
  return parts.join('；');
}
