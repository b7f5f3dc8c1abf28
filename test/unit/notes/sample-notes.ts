import type { Note } from '../../../lib/notes/schema';

/** Notes as the extension stores them, on two pages, one without a comment. */
export function sampleNotes(): Note[] {
  return [
    {
      id: '5f0c2a9e-1b7d-4c36-9e2a-7d1f3b8c4a01',
      url: 'https://www.jiangsu.gov.cn/art/2018/12/5/art_46143_7893512.html',
      pageTitle: '江苏省人民政府关于推动生物医药产业高质量发展的意见',
      quote: { type: 'TextQuoteSelector', exact: '突出企业创新能力建设', prefix: '关键环节,', suffix: ',跨区域整合创新资源' },
      position: { type: 'TextPositionSelector', start: 620, end: 630 },
      comment: '企业主体地位,对比苏州措施第三条。',
      tags: ['创新', '企业'],
      clauseIds: ['004:一', '002-3:第一章/第三条'],
      created: '2026-11-20T08:00:00.000Z',
      updated: '2026-11-21T09:30:00.000Z',
    },
    {
      id: '9a1e4b22-3c5d-4e6f-8a7b-0c1d2e3f4a5b',
      url: 'https://www.suzhou.gov.cn/szsrmzf/zfbgswj/202202/policy.html',
      pageTitle: '',
      quote: { type: 'TextQuoteSelector', exact: '1. 优化审评审批流程\n*加快*审批', prefix: '', suffix: '。' },
      position: { type: 'TextPositionSelector', start: 0, end: 20 },
      comment: '',
      tags: [],
      clauseIds: ['002-3:unknown'],
      created: '2026-11-22T10:00:00.000Z',
      updated: '2026-11-22T10:00:00.000Z',
    },
    {
      id: 'local-note-3',
      url: 'https://www.jiangsu.gov.cn/art/2018/12/5/art_46143_7893512.html',
      pageTitle: '江苏省人民政府关于推动生物医药产业高质量发展的意见',
      quote: { type: 'TextQuoteSelector', exact: '苏政发〔2018〕144号', prefix: '', suffix: '各市' },
      position: { type: 'TextPositionSelector', start: 20, end: 33 },
      comment: '文号',
      tags: [],
      clauseIds: ['004'],
      created: '2026-11-23T10:00:00.000Z',
      updated: '2026-11-23T10:00:00.000Z',
    },
  ];
}
