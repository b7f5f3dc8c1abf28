import { describe, expect, it } from 'vitest';
import { createPageState, detectIncremental, mayHoldReference } from '../../../lib/detect/detect';
import { buildMatcher } from '../../../lib/detect/matcher';
import { goldSource } from '../../gold/detection/library';
import { goldPages } from '../../gold/detection/pages';

// mayHoldReference lets the content script stop watching a block that changes all the time
// (a clock): a false answer must never hide a reference the detector would find there.
const matcher = buildMatcher(goldSource());

describe('mayHoldReference', () => {
  it('is true for every block of the labelled pages in which the detector finds a reference', () => {
    let blocks = 0;
    for (const page of goldPages) {
      const state = createPageState(matcher);
      for (const block of page.text.split('\n')) {
        const found = detectIncremental(matcher, block, state);
        if (found.length === 0) continue;
        blocks++;
        expect(mayHoldReference(matcher, state, block), `${block} (${page.name ?? ''})`).toBe(true);
      }
    }
    expect(blocks).toBeGreaterThan(100);
  });

  it('is false for clocks, counters and dates, whatever their script or width', () => {
    const state = createPageState(matcher);
    for (const text of ['北京时间 12:00:00.123', '更新時間：２０２５年11月30日 下午3:05', '第1期 已浏览 12,345 次', '(UTC+8) 23:59:59', '倒计时 00:01:02'])
      expect(mayHoldReference(matcher, state, text), text).toBe(false);
  });

  it('is true for each kind of reference the detector reads', () => {
    const state = createPageState(matcher);
    for (const text of ['苏政发〔2018〕144号', '《方案》', '第十三条', '(十六)', '（以下简称“两区”）', '江苏省人民政府关于推动生物医药产业高质量发展的意见'])
      expect(mayHoldReference(matcher, state, text), text).toBe(true);
  });
});
