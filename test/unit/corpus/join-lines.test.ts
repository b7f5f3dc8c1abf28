import { describe, expect, it } from 'vitest';
import { dropSpacesNextToCjk, joinPdfLines } from '../../../lib/corpus/join-lines';
import { recogniseLabel } from '../../../lib/corpus/outline';

const opensUnit = (line: string) => recogniseLabel(line) !== null;

describe('dropSpacesNextToCjk', () => {
  it('drops spaces next to CJK text and punctuation, keeps them between Latin words', () => {
    expect(dropSpacesNextToCjk('重要产业， 是现代产业')).toEqual({ text: '重要产业，是现代产业', removed: 1 });
    expect(dropSpacesNextToCjk('到 2020年，产值超 6000亿元。 产业')).toMatchObject({ text: '到2020年，产值超6000亿元。产业' });
    expect(dropSpacesNextToCjk('通过 IPO、发行 license in/out').text).toBe('通过IPO、发行license in/out');
  });
});

describe('joinPdfLines', () => {
  const full = '这是一行排满的正文内容，用来确定整行的宽度是多少。';
  it('joins lines broken mid-word without inserting anything', () => {
    const { paragraphs, joins } = joinPdfLines([full, '', '医药产业是关系国计民生的重要产业，是现代产业体系中成长', '', '性最好、发展最为活跃的领域之一。'], opensUnit);
    expect(paragraphs).toEqual([`${full}医药产业是关系国计民生的重要产业，是现代产业体系中成长性最好、发展最为活跃的领域之一。`]);
    expect(joins).toBe(2);
  });

  it('ends a paragraph at a short line closing a sentence, at a heading line, and before a numbered unit', () => {
    const { paragraphs } = joinPdfLines([full, '短句结束。', '一、总体要求', full, full, '（责任部门：省药监局）', ' （一）加强组织领导。', full, '结束。'], opensUnit);
    expect(paragraphs).toEqual([`${full}短句结束。`, '一、总体要求', `${full}${full}（责任部门：省药监局）`, '（一）加强组织领导。', `${full}结束。`]);
  });

  it('keeps a full-width line ending in 。 inside its paragraph', () => {
    const { paragraphs } = joinPdfLines([full, full, '接着写的内容。'], opensUnit);
    expect(paragraphs).toHaveLength(1);
  });

  it('joins Latin words across a break with a space', () => {
    expect(joinPdfLines([full, 'supports the Good Clinical', 'Practice rules。'], () => false).paragraphs[0]).toContain('Good Clinical Practice');
  });
});
