import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { newNote } from '../../../lib/notes/new-note';
import { NoteSchema } from '../../../lib/notes/schema';

describe('a new note', () => {
  const text = '为贯彻落实《江苏省政府关于推动生物医药产业高质量发展的意见》(苏政发〔2018〕144号)，结合本市实际，制定本措施。';
  const start = text.indexOf('苏政发');
  const end = text.indexOf('号)') + 1;

  it('quotes what was selected, with context, and comes back to the same place', () => {
    const note = newNote({ url: 'https://www.suzhou.gov.cn/a.html', pageTitle: '措施', text }, start, end, { comment: '上位文件', tags: ['省级'] }, ['004'], '2026-11-30T00:00:00.000Z');
    expect(note.quote.exact).toBe('苏政发〔2018〕144号');
    expect(note.position).toMatchObject({ start, end });
    expect(note).toMatchObject({ comment: '上位文件', tags: ['省级'], clauseIds: ['004'], created: '2026-11-30T00:00:00.000Z', updated: '2026-11-30T00:00:00.000Z' });
    expect(anchor(text, note)).toMatchObject({ start, end });
  });

  it('is a valid stored note, for a web page and for a PDF key alike', () => {
    for (const url of ['https://www.suzhou.gov.cn/a.html', 'urn:x-pdf:0123456789abcdef0123456789abcdef']) {
      const note = newNote({ url, pageTitle: '', text }, start, end, { comment: '', tags: [] }, []);
      expect(NoteSchema.safeParse(note).success, url).toBe(true);
    }
  });
});
