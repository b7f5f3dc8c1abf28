import { describe, expect, it } from 'vitest';
import { linkCitations, titleKey } from '../../../lib/corpus/citations';
import type { PolicyDocument } from '../../../lib/corpus/schema';
import { makeDocument } from '../document-fixture';

const held = (id: string, title: string, docNumber: string | null = null): PolicyDocument =>
  makeDocument({ id, title, docNumber, level: 'provincial', region: '江苏' });

describe('titleKey', () => {
  it('folds script, width, inner brackets and the 人民政府 issuer form', () => {
    expect(titleKey('江蘇省人民政府關于推動生物醫藥產業高質量發展的意見')).toBe(titleKey('江苏省政府关于推动生物医药产业高质量发展的意见'));
    expect(titleKey('國務院關于<中國(江蘇)方案>的批復')).toBe(titleKey('国务院关于〈中国（江苏）方案〉的批复'));
    expect(titleKey('苏州市人民政府关于X的意见')).toBe(titleKey('苏州市政府关于X的意见'));
  });
});

describe('linkCitations', () => {
  const docs = [held('A', '江苏省人民政府关于推动生物医药产业高质量发展的意见', '苏政发〔2018〕144号'), held('B', '苏州市生物医药产业创新集群建设实施方案')];

  it('resolves a held document cited under another issuer name, and reads 为贯彻落实 as implements', () => {
    const { cited, relations } = linkCitations([{ documentId: 'B', clauseId: 'B:序言', text: '为贯彻落实《江苏省政府关于推动生物医药产业高质量发展的意见》等文件精神,制定本方案。' }], docs);
    expect(cited).toEqual([{ id: 'cited:江苏省政府关于推动生物医药产业高质量发展的意见', docNumber: null, title: '江苏省政府关于推动生物医药产业高质量发展的意见', heldDocumentId: 'A', citedBy: [{ documentId: 'B', clauseId: 'B:序言' }] }]);
    expect(relations).toEqual([{ from: 'B', to: 'A', kind: 'implements', evidence: '为贯彻落实《江苏省政府关于推动生物医药产业高质量发展的意见》' }]);
  });

  it('resolves a held document by its 文号 in any bracket style', () => {
    const { cited } = linkCitations([{ documentId: 'B', clauseId: null, text: '按照苏政发[2018]144号要求' }], docs);
    expect(cited[0]).toMatchObject({ heldDocumentId: 'A', docNumber: '苏政发[2018]144号' });
  });

  it('merges a title and its 文号 into one cited document, in 简体, and merges repeated citations', () => {
    const { cited, relations } = linkCitations(
      [
        { documentId: 'A', clauseId: null, text: '請按照《國務院關于X的批復》(國函〔2025〕80號)有關要求' },
        { documentId: 'B', clauseId: 'B:1', text: '依照国函〔2025〕80号执行。' },
      ],
      docs,
    );
    expect(cited).toEqual([{ id: 'cited:国函〔2025〕80号', docNumber: '国函〔2025〕80号', title: '国务院关于X的批复', heldDocumentId: null, citedBy: [{ documentId: 'A', clauseId: null }, { documentId: 'B', clauseId: 'B:1' }] }]);
    expect(relations.map((r) => [r.from, r.to, r.kind])).toEqual([
      ['A', 'cited:国函〔2025〕80号', 'cites'],
      ['B', 'cited:国函〔2025〕80号', 'cites'],
    ]);
  });

  it('takes only the 文号 from the parentheses after a title, not the words around it', () => {
    const { cited } = linkCitations([{ documentId: 'B', clauseId: null, text: '根据《国务院关于Y的通知》(国发〔2016〕2号文件)要求' }], docs);
    expect(cited).toEqual([expect.objectContaining({ id: 'cited:国发〔2016〕2号', docNumber: '国发〔2016〕2号', title: '国务院关于Y的通知' })]);
  });

  it('treats a short form of the citing document’s own title as its alias, not a citation', () => {
    const { cited, selfAliases } = linkCitations([{ documentId: 'B', clauseId: 'B:五', text: '根据《方案》细化分解工作任务' }], docs);
    expect(cited).toEqual([]);
    expect(selfAliases.get('B')).toEqual(['方案']);
  });
});
