import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { fixtureMatcher } from './helpers';

// Inputs that would make a backtracking or rescanning detector quadratic. Each is 200k
// characters: a quadratic scan would take minutes, far past the timeout; a linear one finds
// exactly the references the text holds. The timeout leaves room for a loaded 2-core machine.
const N = 200_000;
const TIMEOUT_MS = 30_000;
const PLAN = '中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案';

describe('detection on adversarial text', { timeout: TIMEOUT_MS }, () => {
  it('handles runs of openers, 号, parentheses and 第 without references', () => {
    for (const unit of ['《', '号', '(', '第', '〔2025〕', '以下简称“', '(以下简称', '第四部分', '第三条第二款']) {
      expect(detect(fixtureMatcher, unit.repeat(Math.ceil(N / unit.length))), unit).toEqual([]);
    }
  });

  it('handles a long title prefix repeated without its closing bracket', () => {
    const text = `《${PLAN.slice(0, -2)}`.repeat(N / PLAN.length);
    expect(detect(fixtureMatcher, text)).toEqual([]);
  });

  it('handles one document reference followed by many definitions and clause mentions', () => {
    const text = `《${PLAN}》。${'以下简称'.repeat(N / 8)}${'第十三条'.repeat(N / 8)}`;
    expect(detect(fixtureMatcher, text).map((r) => r.kind)).toEqual(['title']);
  });

  it('finds every reference in a long run of them', () => {
    const count = Math.floor(N / 12);
    const text = '国函〔2025〕80号,'.repeat(count);
    expect(detect(fixtureMatcher, text)).toHaveLength(count);
  });
});
