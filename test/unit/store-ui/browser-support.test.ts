import { describe, expect, it } from 'vitest';
import { missingPageFeatures } from '../../../components/BrowserSupport';

describe('page features the popup checks', () => {
  const doc = { caretPositionFromPoint: () => null };
  it('names nothing where both are present', () => {
    expect(missingPageFeatures({ highlights: new Map() }, doc)).toEqual([]);
  });
  it('names the Highlight API and caretPositionFromPoint when missing', () => {
    expect(missingPageFeatures({}, doc)).toEqual(['CSS Custom Highlight API']);
    expect(missingPageFeatures({ highlights: new Map() }, {})).toEqual(['document.caretPositionFromPoint']);
    expect(missingPageFeatures(undefined, undefined)).toHaveLength(2);
  });
});
