import { describe, expect, it } from 'vitest';
import { levelFromTag, splitRunOnBody, splitSearchResults } from '../../../lib/corpus/split-002';
import { seedText } from '../../../scripts/seeds';

describe('splitSearchResults', () => {
  const page = splitSearchResults(seedText('002_'));

  it('finds the three documents behind the bullet lines, as many as the page states', () => {
    expect(page.statedCount).toBe(3);
    expect(page.results.map((r) => [r.tag, r.title])).toEqual([
      ['苏州市级', '苏州市生物医药产业创新集群建设实施方案'],
      ['江苏省级', '关于促进全省生物医药产业高质量发展的若干政策措施'],
      ['苏州市级', '关于加快推进苏州市生物医药产业高质量发展的若干措施'],
    ]);
  });

  it('cuts each one-line body into paragraphs at the runs of spaces, nothing left over', () => {
    const [first, second, third] = page.results;
    expect(first!.paragraphs[0]).toMatch(/^为贯彻落实《苏州市推进数字经济时代/);
    expect(first!.paragraphs.at(-1)).toMatch(/^\(三\)营造发展氛围。/);
    expect(second!.paragraphs[1]).toBe('一、进一步明确发展目标和要求');
    expect(third!.paragraphs[1]).toBe('第一章 总 则');
    for (const r of page.results) for (const p of r.paragraphs) expect(p).not.toMatch(/^\s|\s$|\s{2}/u);
  });
});

describe('helpers', () => {
  it('reads level and region from the tag', () => {
    expect(levelFromTag('苏州市级')).toEqual({ level: 'municipal', region: '苏州' });
    expect(levelFromTag('江苏省级')).toEqual({ level: 'provincial', region: '江苏' });
    expect(levelFromTag('其他')).toEqual({ level: null, region: null });
  });

  it('splits on NBSP and EM SPACE runs but keeps single spaces', () => {
    expect(splitRunOnBody('    \u2003\u2003第一条 适用范围 本文件 \u00a0\u00a0\u00a0一、总体要求')).toEqual(['第一条 适用范围 本文件', '一、总体要求']);
  });
});
