import { describe, expect, it } from 'vitest';
import { parsePublishedSummary } from '../../../lib/corpus/summary';
import { seedText } from '../../../scripts/seeds';

describe('parsePublishedSummary (001)', () => {
  const summary = parsePublishedSummary(seedText('001_'));

  it('reads the 简体 title in the headline and the publication date', () => {
    expect(summary.title).toBe('中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案');
    expect(summary.headline).toBe('商务部、江苏省人民政府印发《中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案》');
    expect(summary.published).toBe('2025-08-27');
  });

  it('splits the core viewpoint and the 8 numbered groups, one point per line', () => {
    expect(summary.groups.map((g) => g.number)).toEqual([null, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(summary.groups[0]!.label).toBe('Core Viewpoint');
    expect(summary.groups[2]!.label).toBe('Group 2: Enhancing R&D Innovation Capability');
    expect(summary.groups[2]!.text.split('\n')).toHaveLength(3);
    expect(summary.groups[2]!.text.split('\n')[0]).toMatch(/^Support for national major projects/);
  });
});
