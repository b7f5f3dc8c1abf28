import { describe, expect, it } from 'vitest';
import { NoteSchema } from '@/lib/notes/schema';
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

describe('PDF notes', () => {
  const note = {
    id: 'n1',
    url: 'urn:x-pdf:9a3f6c1e0b7d4e2a8c5f1d3b6e9a0c2f',
    pageTitle: '实施意见',
    quote: { type: 'TextQuoteSelector' as const, exact: '重点产业', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 10, end: 14 },
    comment: '',
    tags: [],
    clauseIds: [],
    created: '2026-11-30T00:00:00.000Z',
    updated: '2026-11-30T00:00:00.000Z',
  };

  it('are stored under the fingerprint; other non-web addresses are still refused', () => {
    expect(NoteSchema.parse(note).url).toBe(note.url);
    for (const url of ['urn:x-pdf:javascript', 'javascript:alert(1)', 'urn:isbn:9787010000000']) expect(NoteSchema.safeParse({ ...note, url }).success).toBe(false);
  });
});
