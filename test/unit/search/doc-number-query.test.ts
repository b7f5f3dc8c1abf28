// A 文号 typed into search (lib/search/doc-number.ts): the forms a reader types that must still
// find the document.
import { describe, expect, it } from 'vitest';
import { docNumberMatches, parseDocNumber } from '../../../lib/search/doc-number';

describe('a 文号 typed into search', () => {
  it('finds the document when the agency comes with words before it', () => {
    const typed = parseDocNumber('江苏苏政发〔2018〕144号')!;
    expect(typed.agency).toBe('江苏苏政发');
    expect(docNumberMatches(typed, '苏政发〔2018〕144号')).toBe(true);
    // …but not one whose agency only begins the same way.
    expect(docNumberMatches(parseDocNumber('苏政发办〔2018〕144号')!, '苏政发〔2018〕144号')).toBe(false);
  });

  it('reads a serial alone typed with spaces around it', () => {
    expect(parseDocNumber(' 144号文 ')).toEqual({ agency: null, year: null, serial: 144 });
  });
});
