import { describe, expect, it } from 'vitest';
import { distinctLinks, formatCitation, formatGbt7714, onlineSourceOf } from '@/lib/citation';

const jiangsu = { title: '江苏省人民政府关于推动生物医药产业高质量发展的意见', docNumber: '苏政发〔2018〕144号' };
const suzhou = { title: '关于加快推进苏州市生物医药产业高质量发展的若干措施', docNumber: null };

describe('formatCitation', () => {
  it('cites a document by 《title》 and its 文号 in full-width parentheses when the text states one', () => {
    expect(formatCitation({ document: jiangsu, clause: null })).toBe('《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）');
    expect(formatCitation({ document: suzhou, clause: null })).toBe('《关于加快推进苏州市生物医药产业高质量发展的若干措施》');
  });

  it('prints a title quoted inside the title in 〈〉', () => {
    const approval = { title: '国务院关于<中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案>的批复', docNumber: '国函〔2025〕80号' };
    expect(formatCitation({ document: approval, clause: null })).toBe('《国务院关于〈中国(江苏)自由贸易试验区生物医药全产业链开放创新发展方案〉的批复》（国函〔2025〕80号）');
  });

  it('cites articles alone and other labels with their sections, the clause label once and as printed', () => {
    expect(formatCitation({ document: suzhou, clause: { path: ['第三章', '第十三条'], label: '第十三条' } })).toBe('《关于加快推进苏州市生物医药产业高质量发展的若干措施》第十三条');
    expect(formatCitation({ document: jiangsu, clause: { path: ['三', '(一)'], label: '（一）' } })).toBe('《江苏省人民政府关于推动生物医药产业高质量发展的意见》（苏政发〔2018〕144号）三、（一）');
    expect(formatCitation({ document: suzhou, clause: { path: ['四', '(一)', '7'] } })).toBe('《关于加快推进苏州市生物医药产业高质量发展的若干措施》四、(一)7.');
  });
});

describe('formatGbt7714', () => {
  const opinion = { ...jiangsu, issuers: ['江苏省人民政府'], issued: '2018-12-01', published: null };

  it('gives issuer, title, 文号 and date, type Z for a document from the library', () => {
    expect(formatGbt7714({ document: opinion })).toBe('江苏省人民政府. 江苏省人民政府关于推动生物医药产业高质量发展的意见: 苏政发〔2018〕144号[Z]. 2018-12-01.');
  });

  it('adds the date in (), the access date in [] and the URL for a document read from a page', () => {
    const online = { url: 'https://www.jiangsu.gov.cn/art/2018/12/5/art_46143_7893512.html', accessed: '2026-11-30' };
    expect(formatGbt7714({ document: opinion, online })).toBe(
      '江苏省人民政府. 江苏省人民政府关于推动生物医药产业高质量发展的意见: 苏政发〔2018〕144号[Z/OL]. (2018-12-01)[2026-11-30]. https://www.jiangsu.gov.cn/art/2018/12/5/art_46143_7893512.html.',
    );
  });

  it('leaves out what the text does not state', () => {
    expect(formatGbt7714({ document: { ...suzhou, issuers: [], issued: null, published: null } })).toBe('关于加快推进苏州市生物医药产业高质量发展的若干措施[Z].');
  });
});

describe('distinctLinks', () => {
  it('lists each link once, and a document only when none of its clauses is linked', () => {
    expect(distinctLinks(['004', '004:三/(一)', '004:三/(一)', '002-3'])).toEqual(['004:三/(一)', '002-3']);
  });
});

describe('onlineSourceOf', () => {
  it('gives the page and the day of a document added from a page, nothing for bundled or file documents', () => {
    expect(onlineSourceOf({ added: { source: 'https://www.suzhou.gov.cn/a.html', at: '2026-11-29T10:00:00.000Z' } })).toEqual({ url: 'https://www.suzhou.gov.cn/a.html', accessed: '2026-11-29' });
    expect(onlineSourceOf({ added: { source: '苏州措施.pdf', at: '2026-11-29T10:00:00.000Z' } })).toBeNull();
    expect(onlineSourceOf({})).toBeNull();
  });
});
