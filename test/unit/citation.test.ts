import { describe, expect, it } from 'vitest';
import { formatCitation } from '@/lib/citation';

const jiangsu = { title: '江苏省人民政府关于推动生物医药产业高质量发展的意见', docNumber: '苏政发〔2018〕144号' };
const suzhou = { title: '关于加快推进苏州市生物医药产业高质量发展的若干措施', docNumber: null };

describe('formatCitation', () => {
  it('cites a document by 《title》 and its 文号 when the text states one', () => {
    expect(formatCitation({ document: jiangsu, clause: null })).toBe('《江苏省人民政府关于推动生物医药产业高质量发展的意见》(苏政发〔2018〕144号)');
    expect(formatCitation({ document: suzhou, clause: null })).toBe('《关于加快推进苏州市生物医药产业高质量发展的若干措施》');
  });

  it('cites articles alone and other labels with their sections', () => {
    expect(formatCitation({ document: suzhou, clause: { path: ['第三章', '第十三条'] } })).toBe('《关于加快推进苏州市生物医药产业高质量发展的若干措施》 第十三条');
    expect(formatCitation({ document: jiangsu, clause: { path: ['三', '(一)'] } })).toBe('《江苏省人民政府关于推动生物医药产业高质量发展的意见》(苏政发〔2018〕144号) 三、(一)');
    expect(formatCitation({ document: suzhou, clause: { path: ['四', '(一)', '7'] } })).toBe('《关于加快推进苏州市生物医药产业高质量发展的若干措施》 四、(一)7.');
  });
});
