import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/detect/matcher';
import { goldSource } from '../../gold/detection/library';
import { goldPages } from '../../gold/detection/pages';
import { RecordedRunSchema, score } from '../../gold/detection/score';
import { mergeSources, syntheticLibrary } from '../../gold/detection/synthetic-library';

// The detection benchmark (scripts/detection-quality.ts prints it per kind, with gains and losses).
const MIN_PRECISION = 0.99;
const MIN_RECALL = 0.97;
const recorded = RecordedRunSchema.parse(JSON.parse(readFileSync(new URL('../../gold/detection/last-run.json', import.meta.url), 'utf8')));
const current = score(buildMatcher(goldSource()), goldPages);

describe('the labelled detection benchmark', () => {
  it('has at least 40 pages and 600 labels, a quarter of them near misses', () => {
    expect(goldPages.length).toBeGreaterThanOrEqual(40);
    expect(current.labels).toBeGreaterThanOrEqual(600);
    expect(current.nearMisses / current.labels).toBeGreaterThanOrEqual(0.25);
  });

  it('covers every form the product claims', () => {
    const all = goldPages.map((p) => p.text).join('\n');
    const labelled = (target: string) => goldPages.flatMap((p) => p.labels.filter((l) => l.target === target || l.target.startsWith(target)).map((l) => l.text));
    for (const form of ['〔2018〕', '[2018]', '【2018】', '(2018)', '（2018）', '﹝2018﹞', '〔２０１８〕', '蘇政發', '商自貿(mào)發(fā)', '貿(mào)易', '以下简称', '以下簡稱', '(20212023)', '第三部分第(二)项', '第二十条第二款']) expect(all, form).toContain(form);
    expect(labelled('004').some((text) => text.includes('\n')), 'a title broken across lines').toBe(true);
    for (const kind of ['docNumber', 'title', 'alias', 'clause', 'heading']) expect(goldPages.some((p) => p.labels.some((l) => l.kind === kind)), kind).toBe(true);
    for (const why of ['案号', 'ICP', '公网安备', '标准号', '药品批准文号', '注册证号', '日期', '电话', '楼号', '地块号', '报纸', '他市同类文件']) {
      expect(goldPages.some((p) => p.labels.some((l) => l.kind === null && l.target === why)), why).toBe(true);
    }
    expect(labelled('?').length, 'look-alikes the page does not tell apart').toBeGreaterThan(0);
  });

  it(`finds references with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL}`, () => {
    expect(current.falses).toEqual([]);
    expect(current.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(current.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('does no worse than the recorded run (record a deliberate change with `npm run quality -- --record`)', () => {
    expect(current.precision).toBeGreaterThanOrEqual(recorded.precision);
    expect(current.recall).toBeGreaterThanOrEqual(recorded.recall);
  });

  it('holds its precision with 10,000 colliding synthetic documents in the library', { timeout: 180_000 }, () => {
    const big = score(buildMatcher(mergeSources(goldSource(), syntheticLibrary(10_000))), goldPages);
    expect(big.falses).toEqual([]);
    expect(big.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(big.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
