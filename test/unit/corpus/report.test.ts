import { expect, it } from 'vitest';
import { buildCorpus } from '../../../lib/corpus/build';
import { qualityReport } from '../../../lib/corpus/report';
import { readSeeds } from '../../../scripts/seeds';

it('the quality report lists each document with its clause count, then every repair, flag and inference', () => {
  const corpus = buildCorpus(readSeeds());
  const report = qualityReport(corpus);
  expect(report).toMatch(/000\s+national\s+27 clauses\s+中国\(江苏\)自由贸易试验区/);
  expect(report).toMatch(/003\s+provincial\s+24 clauses\s+北京市生物医药全产业链开放实施方案 \[title from public-reporting\]/);
  expect(report).toContain('before: 規?焖僭鲩L');
  expect(report).toContain('after:  規模快速增長');
  for (const item of corpus.quality) expect(report).toContain(item.message);
});
