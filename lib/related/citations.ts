import type { Corpus } from '../corpus/schema';

/** A relation stated in the texts between two held documents: 002-3 implements 004. */
export interface CitationLinks {
  /** Whether one of the two documents implements or cites the other. */
  linked(a: string, b: string): boolean;
  /** 上位文件 when `from` implements or cites `to`, 下位文件 the other way round. */
  direction(from: string, to: string): 'upper' | 'lower';
}

export function citationLinks(corpus: Corpus): CitationLinks {
  // A cited document may be held under another name (《江苏省政府关于…的意见》 is 004).
  const held = new Map<string, string>(corpus.documents.map((d) => [d.id, d.id]));
  for (const c of corpus.cited) if (c.heldDocumentId) held.set(c.id, c.heldDocumentId);
  const upward = new Set<string>();
  for (const r of corpus.relations) {
    const to = held.get(r.to);
    if (to && to !== r.from) upward.add(`${r.from}|${to}`);
  }
  return {
    linked: (a, b) => upward.has(`${a}|${b}`) || upward.has(`${b}|${a}`),
    direction: (from, to) => (upward.has(`${from}|${to}`) ? 'upper' : 'lower'),
  };
}
