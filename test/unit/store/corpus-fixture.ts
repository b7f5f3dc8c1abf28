import type { Clause, Corpus, PolicyDocument } from '@/lib/corpus/schema';
import { makeDocument } from '../document-fixture';

/** A small valid corpus for store tests; `clauses` clauses spread over two documents. */
export function smallCorpus(version = 'v-small-0001', clauses = 4): Corpus {
  const doc = (id: string, level: PolicyDocument['level']): PolicyDocument =>
    makeDocument({
      id,
      title: `测试文件${id}`,
      level,
      region: '江苏',
      docNumber: id === 'a' ? '苏政发〔2018〕144号' : null,
      effectiveTo: id === 'b' ? '2024-12-31' : null,
    });
  const clauseList: Clause[] = Array.from({ length: clauses }, (_, i) => {
    const documentId = i % 2 ? 'b' : 'a';
    return {
      id: `${documentId}:${i}`,
      documentId,
      path: [String(i)],
      label: `${i}.`,
      heading: null,
      text: `第${i}项措施的全文。`,
      departments: [],
      order: i,
      related: [],
    };
  });
  return {
    schemaVersion: 1,
    version,
    documents: [doc('a', 'provincial'), doc('b', 'municipal')],
    clauses: clauseList,
    cited: [],
    relations: [{ from: 'b', to: 'a', kind: 'implements', evidence: '为贯彻落实' }],
    quality: [],
  };
}
