import { describe, expect, it } from 'vitest';
import { embeddedPdfAddress } from '@/lib/pdf/embedded';

const PAGE = 'https://www.jiangsu.gov.cn/art/2018/12/6/art_1.html';

describe('embedded PDFs', () => {
  it('are told by a path ending in .pdf, resolved against the page', () => {
    expect(embeddedPdfAddress({ tag: 'iframe', type: null, source: 'files/2018-144.PDF#page=2' }, PAGE)).toBe('https://www.jiangsu.gov.cn/art/2018/12/6/files/2018-144.PDF#page=2');
    expect(embeddedPdfAddress({ tag: 'embed', type: null, source: '/a.pdf?v=3' }, PAGE)).toBe('https://www.jiangsu.gov.cn/a.pdf?v=3');
    expect(embeddedPdfAddress({ tag: 'iframe', type: null, source: '/art/2018/index.html' }, PAGE)).toBeNull();
  });

  it('are told by the type an <embed> or <object> declares, whatever the address', () => {
    expect(embeddedPdfAddress({ tag: 'object', type: 'application/pdf', source: '/download?id=144' }, PAGE)).toBe('https://www.jiangsu.gov.cn/download?id=144');
    expect(embeddedPdfAddress({ tag: 'embed', type: ' Application/PDF; charset=binary', source: '/download?id=144' }, PAGE)).toBe('https://www.jiangsu.gov.cn/download?id=144');
    expect(embeddedPdfAddress({ tag: 'object', type: 'image/svg+xml', source: '/download?id=144' }, PAGE)).toBeNull();
    // An <iframe> has no type attribute: one written on it proves nothing.
    expect(embeddedPdfAddress({ tag: 'iframe', type: 'application/pdf', source: '/download?id=144' }, PAGE)).toBeNull();
  });

  it("are found behind a copy of pdf.js's viewer through its file parameter", () => {
    expect(embeddedPdfAddress({ tag: 'iframe', type: null, source: '/pdfjs/web/viewer.html?file=%2Fupload%2F144.pdf' }, PAGE)).toBe('https://www.jiangsu.gov.cn/upload/144.pdf');
    expect(embeddedPdfAddress({ tag: 'iframe', type: null, source: '/pdfjs/web/viewer.html?file=../../upload/144.pdf' }, PAGE)).toBe('https://www.jiangsu.gov.cn/upload/144.pdf');
    expect(embeddedPdfAddress({ tag: 'iframe', type: null, source: '/pdfjs/web/viewer.html?file=%2Fupload%2F144.docx' }, PAGE)).toBeNull();
  });

  it('are offered for web addresses only: no blob, data or script address, nothing missing', () => {
    for (const source of ['blob:https://www.jiangsu.gov.cn/0b6e', 'data:application/pdf;base64,JVBERi0=', 'javascript:alert(1)//.pdf', '', '   ', null]) {
      expect(embeddedPdfAddress({ tag: 'embed', type: 'application/pdf', source }, PAGE)).toBeNull();
    }
    expect(embeddedPdfAddress({ tag: 'iframe', type: null, source: 'http://[bad/a.pdf' }, PAGE)).toBeNull();
  });
});
