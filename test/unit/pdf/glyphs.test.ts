import { describe, expect, it } from 'vitest';
import { normalizeGlyphs } from '@/lib/pdf/glyphs';

describe('normalizeGlyphs', () => {
  it('reads radicals printed for characters as the characters, keeping the length', () => {
    // As Chromium prints Noto CJK text to PDF.
    const printed = '各区⼈⺠政府，制定本意⻅。⽣物医药，⻰头企业，部⻔';
    const text = normalizeGlyphs(printed);
    expect(text).toBe('各区人民政府，制定本意见。生物医药，龙头企业，部门');
    expect(text.length).toBe(printed.length);
  });

  it('leaves other text alone', () => {
    expect(normalizeGlyphs('苏政发〔2018〕144号 ABC')).toBe('苏政发〔2018〕144号 ABC');
  });
});
