import { describe, expect, it } from 'vitest';
import { noteIdInFragment, noteLink } from '../../../lib/notes/fragment';
import { sampleNotes } from './sample-notes';

describe('note links', () => {
  it('opens the note page at the note, and the page reads the id back', () => {
    const [note] = sampleNotes();
    const link = noteLink(note!);
    expect(link).toBe(`${note!.url}#policy-lens-note=${note!.id}`);
    expect(noteIdInFragment(new URL(link).hash)).toBe(note!.id);
  });

  it('reads back ids that needed escaping', () => {
    const link = noteLink({ url: 'https://example.gov.cn/a.html', id: '笔记 #1' });
    expect(noteIdInFragment(new URL(link).hash)).toBe('笔记 #1');
  });

  it('ignores the page’s own fragments, malformed escapes included', () => {
    expect(noteIdInFragment('')).toBeNull();
    expect(noteIdInFragment('#section-2')).toBeNull();
    expect(noteIdInFragment('#50%off')).toBeNull();
    expect(noteIdInFragment('#policy-lens-note=%E4%B8')).toBeNull();
    expect(noteIdInFragment('#policy-lens-note=')).toBeNull();
  });
});
