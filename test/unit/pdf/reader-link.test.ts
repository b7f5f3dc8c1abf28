import { describe, expect, it } from 'vitest';
import { isPdfAddress, originPattern, readerPathFor } from '@/lib/pdf/reader-link';

describe('reader links', () => {
  it('offers the reader for web addresses of PDFs only', () => {
    expect(isPdfAddress('https://www.jiangsu.gov.cn/art/2018/12/6/2018-144.PDF')).toBe(true);
    expect(isPdfAddress('http://127.0.0.1:8080/a/b.pdf?download=1#page=2')).toBe(true);
    expect(isPdfAddress('https://example.com/pdf/index.html')).toBe(false);
    expect(isPdfAddress('file:///home/me/a.pdf')).toBe(false);
    expect(isPdfAddress('not a url')).toBe(false);
    expect(isPdfAddress(undefined)).toBe(false);
  });

  it('passes the address whole and asks for its origin only', () => {
    const address = 'https://example.gov.cn/files/a b.pdf?x=1&y=2';
    const path = readerPathFor(address);
    expect(new URLSearchParams(path.split('?')[1]).get('url')).toBe(address);
    expect(originPattern(address)).toBe('https://example.gov.cn/*');
  });
});
