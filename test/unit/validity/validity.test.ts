// Validity as a reader sees it on the popover: the first and last day a document states are
// both days it is in force; the day after its end it has expired.
import { describe, expect, it } from 'vitest';
import { todayIso, validityOf } from '../../../lib/validity';

describe('validityOf', () => {
  const doc = { effectiveFrom: '2025-09-01', effectiveTo: '2030-08-31' };

  it('is in force on the last day of validity and expired the day after', () => {
    expect(validityOf(doc, '2030-08-31')).toBe('in-force');
    expect(validityOf(doc, '2030-09-01')).toBe('expired');
  });

  it('is in force on the first day and not yet in force the day before', () => {
    expect(validityOf(doc, '2025-09-01')).toBe('in-force');
    expect(validityOf(doc, '2025-08-31')).toBe('not-yet-in-force');
  });

  it('judges with only one of the two dates stated', () => {
    expect(validityOf({ effectiveFrom: null, effectiveTo: '2030-08-31' }, '2030-08-31')).toBe('in-force');
    expect(validityOf({ effectiveFrom: null, effectiveTo: '2030-08-31' }, '2031-01-01')).toBe('expired');
    expect(validityOf({ effectiveFrom: '2025-09-01', effectiveTo: null }, '2099-01-01')).toBe('in-force');
    expect(validityOf({ effectiveFrom: '2025-09-01', effectiveTo: null }, '2025-08-31')).toBe('not-yet-in-force');
  });

  it('says unknown when the text states neither date, whatever the day', () => {
        expect(validityOf({ effectiveFrom: null, effectiveTo: null }, '1999-12-31')).toBe('unknown');
  });
});

describe('todayIso', () => {
  it('is the local calendar day with zero-padded month and day', () => {
    expect(todayIso(new Date(2030, 7, 31, 23, 59))).toBe('2030-08-31');
    expect(todayIso(new Date(2025, 0, 5, 0, 0))).toBe('2025-01-05');
    expect(todayIso(new Date(2025, 11, 25))).toBe('2025-12-25');
  });
});
