import type { Clause } from '../corpus/schema';
import { parseClauseRef, type ClauseRef } from './clause-ref';
import { docNumberMatches, parseDocNumber } from './doc-number';
import type { SearchIndex } from './search-index';
import { makeSnippet } from './snippet';
import type { SearchResult } from './types';

/**
 * Queries that name a document by 文号 or a clause by its path open it directly instead of
 * ranking text: “苏政发〔2018〕144号”, “144号文”, “江苏 措施 第7条”, “方案 (十六)”.
 */
export function resolveJumps(index: SearchIndex, folded: string, allowed: (doc: number) => boolean): SearchResult[] {
  const docNumber = parseDocNumber(folded);
  if (docNumber) {
    const hits = index.documents.flatMap((d, i): SearchResult[] => {
      const first = index.firstClause[i];
      if (!allowed(i) || !first || !d.docNumber || !docNumberMatches(docNumber, d.docNumber)) return [];
      return [
        {
          clauseId: first.id,
          documentId: d.id,
          score: 0,
          field: 'docNumber',
          snippet: { text: d.docNumber, marks: [[0, d.docNumber.length]] },
          jump: true,
        },
      ];
    });
    if (hits.length) return hits;
  }
  const ref = parseClauseRef(folded);
  return ref ? clauseJumps(index, ref, allowed) : [];
}

function clauseJumps(index: SearchIndex, ref: ClauseRef, allowed: (doc: number) => boolean): SearchResult[] {
  const byDoc = new Map<number, Clause>();
  index.clauses.forEach((c) => {
    const doc = index.documentIndex.get(c.documentId)!;
    if (!allowed(doc) || !namesClause(ref, c.path)) return;
    const seen = byDoc.get(doc);
    if (!seen || c.order < seen.order) byDoc.set(doc, c);
  });
  const scored = [...byDoc].map(([doc, clause]) => ({
    doc,
    clause,
    score: documentScore(index.documentNames[doc]!, ref.documentWords),
  }));
  const best = scored.reduce((max, s) => Math.max(max, s.score), 0);
  // Words that fit no document mean the query was not a clause path after all.
  if (ref.documentWords.length > 0 && best === 0) return [];
  return scored
    .filter((s) => s.score === best)
    .sort((a, b) => a.doc - b.doc)
    .map(({ clause }) => ({
      clauseId: clause.id,
      documentId: clause.documentId,
      score: 0,
      field: clause.text ? 'text' : 'heading',
      snippet: makeSnippet(clause.text || clause.heading || clause.label, []),
      jump: true,
    }));
}

function namesClause(ref: ClauseRef, path: readonly string[]): boolean {
  const last = path.at(-1);
  if (last === undefined || !ref.labels.includes(last)) return false;
  const outer = path.slice(0, -1);
  return ref.within.every((labels) => outer.some((label) => labels.includes(label)));
}

/**
 * How well the words around a clause reference describe a document: a word found whole in its
 * title, aliases, region, issuers or 文号 counts 1, a word with most of its bigrams there ½
 * (若干措施 against 若干政策措施).
 */
function documentScore(haystack: string, words: readonly string[]): number {
  const present = bigrams(haystack);
  let score = 0;
  for (const word of words) {
    if (haystack.includes(word)) score += 1;
    else {
      const grams = [...bigrams(word)];
      const found = grams.filter((g) => present.has(g)).length;
      if (grams.length > 0 && found / grams.length >= 0.5) score += 0.5;
    }
  }
  return score;
}

function bigrams(text: string): Set<string> {
  const units = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < units.length; i++) out.add(units[i]! + units[i + 1]!);
  return out;
}
