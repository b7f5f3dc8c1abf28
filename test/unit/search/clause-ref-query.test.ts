// A clause named in a search query (lib/search/clause-ref.ts): the clause is the last label
// typed, what encloses it comes before, and the words around the labels pick the document.
import { describe, expect, it } from 'vitest';
import { parseClauseRef } from '../../../lib/search/clause-ref';

describe('a clause named in a query', () => {
  it('is the last label typed, whatever its kind; the labels before it enclose it in the order typed', () => {
    expect(parseClauseRef('创新集群 第四章 (三) 第13条')).toEqual({
      labels: ['第十三条', '13'],
      within: [['第四章'], ['(三)']],
      documentWords: ['创新集群'],
    });
  });

  it('leaves the words on either side of a label apart', () => {
    expect(parseClauseRef('若干措施第7条苏州')?.documentWords).toEqual(['若干措施', '苏州']);
  });
});
