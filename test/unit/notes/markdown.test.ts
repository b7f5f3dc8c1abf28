import { describe, expect, it } from 'vitest';
import type { ClauseCitation } from '../../../lib/citation';
import { exportMarkdown } from '../../../lib/notes/markdown';
import { sampleNotes } from './sample-notes';

const opinion = { title: '江苏省人民政府关于推动生物医药产业高质量发展的意见', docNumber: '苏政发〔2018〕144号' };
const citations = new Map<string, ClauseCitation>([
  ['004:一', { document: opinion, clause: { path: ['一'] } }],
  ['004', { document: opinion, clause: null }],
  [
    '002-3:第一章/第三条',
    { document: { title: '关于加快推进苏州市生物医药产业高质量发展的若干措施', docNumber: null }, clause: { path: ['第一章', '第三条'] } },
  ],
]);

describe('exportMarkdown', () => {
  it('groups notes by page in reading order, with quotes, comments, tags and citations', () => {
    expect(exportMarkdown(sampleNotes(), citations)).toBe(
      [
        '# Policy Lens notes',
        '',
        '## 江苏省人民政府关于推动生物医药产业高质量发展的意见',
        '',
        '<https://www.jiangsu.gov.cn/art/2018/12/5/art_46143_7893512.html>',
        '',
        '> 苏政发〔2018〕144号',
        '',
        '文号',
        '',
        'Cites: 《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）',
        '',
        'Noted 2026-11-23',
        '',
        '---',
        '',
        '> 突出企业创新能力建设',
        '',
        '企业主体地位,对比苏州措施第三条。',
        '',
        'Tags: #创新 #企业',
        '',
        'Cites: 《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）一、; 《关于加快推进苏州市生物医药产业高质量发展的若干措施》第三条',
        '',
        'Noted 2026-11-20',
        '',
        '---',
        '',
        '## https://www.suzhou.gov.cn/szsrmzf/zfbgswj/202202/policy.html',
        '',
        '<https://www.suzhou.gov.cn/szsrmzf/zfbgswj/202202/policy.html>',
        '',
        '> 1\\. 优化审评审批流程',
        '> \\*加快\\*审批',
        '',
        'Cites: `002-3:unknown`',
        '',
        'Noted 2026-11-22',
        '',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('cites nested sections with their section numbers', () => {
    const [note] = sampleNotes();
    const nested = new Map<string, ClauseCitation>([
      ['004:一', { document: opinion, clause: { path: ['三', '(一)'] } }],
      ['002-3:第一章/第三条', { document: { title: '苏州市生物医药产业创新集群建设实施方案', docNumber: null }, clause: { path: ['四', '(一)', '7'] } }],
    ]);
    expect(exportMarkdown([note!], nested)).toContain(
      'Cites: 《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）三、(一); 《苏州市生物医药产业创新集群建设实施方案》四、(一)7.',
    );
  });

  it('prints linked ids as ids when no citation is known', () => {
    expect(exportMarkdown(sampleNotes())).toContain('Cites: `004:一`; `002-3:第一章/第三条`');
  });

  it('speaks the UI language when given its labels', () => {
    const chinese = { heading: '政策透镜笔记', tags: (v: string) => `标签：${v}`, cites: (v: string) => `引用：${v}`, noted: (v: string) => `记录于 ${v}` };
    const markdown = exportMarkdown(sampleNotes(), citations, chinese);
    expect(markdown.startsWith('# 政策透镜笔记\n')).toBe(true);
    expect(markdown).toContain('\n标签：#创新 #企业\n');
    expect(markdown).toContain('\n引用：《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）一、; ');
    expect(markdown).toContain('\n记录于 2026-11-20\n');
    expect(markdown).not.toMatch(/Tags:|Cites:|Noted/);
  });

  it('cites a document once, and not beside one of its own clauses', () => {
    const [note] = sampleNotes();
    const linked = { ...note!, clauseIds: ['004', '004:一', '004:一'] };
    expect(exportMarkdown([linked], citations)).toContain('Cites: 《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）一、\n');
  });
});
