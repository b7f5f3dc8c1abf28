// The edges of what counts as a 文号: which brackets hold its year and which years are plausible.
// Each case is one a reader meets on real pages; a looser scanner links them to the wrong document.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/detect';
import { parseDocNumber } from '../../../lib/refs/docNumber';
import { fixtureMatcher, seen } from './helpers';

const docNumbers = (text: string) => detect(fixtureMatcher, text).filter((r) => r.kind === 'docNumber');

describe('文号 brackets', () => {
  it('does not take a year in 书名号 《》 or angle brackets <> 〈〉 for a 文号 year', () => {
    // 苏政发〔2018〕144号 is 004; the same digits in title marks or angle brackets are not a 文号.
    for (const text of ['苏政发《2018》144号', '苏政发<2018>144号', '苏政发〈2018〉144号', '苏政发«2018»144号']) {
      expect(docNumbers(text), text).toEqual([]);
      expect(seen(text).filter(([, , id]) => id === '004'), text).toEqual([]);
      expect(parseDocNumber(text), text).toBeNull();
    }
  });

  it('needs an opening and a closing bracket of the 文号 kind on both sides of the year', () => {
    expect(parseDocNumber('苏政发〔2018》144号')).toBeNull();
    expect(parseDocNumber('苏政发《2018〕144号')).toBeNull();
    expect(parseDocNumber('苏政发20182144号')).toBeNull();
    expect(parseDocNumber('苏政发〖2018〗144号')).toEqual({ issuer: '苏政发', year: 2018, serial: 144 });
    expect(parseDocNumber('苏政发〘2018〙144号')).toEqual({ issuer: '苏政发', year: 2018, serial: 144 });
  });
});

describe('文号 years', () => {
  it('accepts years from 1949 to 2099 and nothing outside', () => {
    expect(parseDocNumber('国发〔1949〕1号')).toEqual({ issuer: '国发', year: 1949, serial: 1 });
    expect(parseDocNumber('国发〔2099〕1号')).toEqual({ issuer: '国发', year: 2099, serial: 1 });
    for (const text of ['国发〔1948〕1号', '国发〔2100〕1号', '国发〔9999〕1号', '国发〔0000〕1号']) {
      expect(parseDocNumber(text), text).toBeNull();
      expect(docNumbers(text), text).toEqual([]);
    }
  });

  it('shows a well-formed 文号 of a late year as unknown rather than dropping it', () => {
    expect(docNumbers('参照国发〔2099〕1号执行').map((r) => [r.docNumber, r.unknown])).toEqual([['国发〔2099〕1号', true]]);
  });
});

describe('文号 serials and year digits', () => {
  it('reads serials of one to five digits, and no more', () => {
    expect(parseDocNumber('国函〔2025〕8号')).toEqual({ issuer: '国函', year: 2025, serial: 8 });
    expect(parseDocNumber('国函〔2025〕1234号')).toEqual({ issuer: '国函', year: 2025, serial: 1234 });
    expect(parseDocNumber('国函〔2025〕12345号')).toEqual({ issuer: '国函', year: 2025, serial: 12345 });
    expect(docNumbers('参照国函〔2025〕12345号执行').map((r) => r.docNumber)).toEqual(['国函〔2025〕12345号']);
    expect(parseDocNumber('国函〔2025〕123456号')).toBeNull();
  });

  it('does not take a year written with anything but four Arabic digits (it would show as 国函〔NaN〕80号)', () => {
    for (const text of ['国函〔二〇二五〕80号', '国函〔2O25〕80号', '国函〔20２x〕80号', '国函〔 025〕80号']) {
      expect(parseDocNumber(text), text).toBeNull();
      expect(docNumbers(text), text).toEqual([]);
    }
  });
});
