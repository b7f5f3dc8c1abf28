import { describe, expect, it } from 'vitest';
import { exportJson, parseNotesImport } from '../../../lib/notes/json';
import { exportMarkdown } from '../../../lib/notes/markdown';
import { NOTE_LIMITS, NoteSchema } from '../../../lib/notes/schema';
import { sampleNotes } from './sample-notes';

const now = new Date('2026-11-25T01:00:00.000Z');

/** An export file of the sample notes with the first note changed by `edit`. */
function fileWith(edit: (note: Record<string, unknown>) => void): string {
  const file = JSON.parse(exportJson(sampleNotes(), now)) as { notes: Record<string, unknown>[] };
  edit(file.notes[0]!);
  return JSON.stringify(file);
}

function errorOf(text: string): string {
  const result = parseNotesImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

describe('imported notes', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings', 'view-source:https://a.com/', 'ftp://a.com/x'])(
    'refuse a page address that is not http(s): %s',
    (url) => {
      expect(errorOf(fileWith((note) => (note.url = url)))).toMatch(/^notes\.0\.url: must be an http\(s\) URL/);
    },
  );

  it('store an address as the URL parser writes it', () => {
    const result = parseNotesImport(fileWith((note) => (note.url = 'HTTPS://Example.COM/a b?q=<x>')));
    expect(result.ok && result.notes[0]!.url).toBe('https://example.com/a%20b?q=%3Cx%3E');
  });

  it('refuse a quote, comment, tag list or clause list past its bound, naming the path', () => {
    expect(errorOf(fileWith((note) => ((note.quote as Record<string, unknown>).exact = '文'.repeat(NOTE_LIMITS.quote + 1))))).toMatch(/^notes\.0\.quote\.exact: /);
    expect(errorOf(fileWith((note) => (note.comment = 'x'.repeat(NOTE_LIMITS.comment + 1))))).toMatch(/^notes\.0\.comment: /);
    expect(errorOf(fileWith((note) => (note.tags = Array.from({ length: NOTE_LIMITS.tags + 1 }, (_, i) => `t${i}`))))).toMatch(/^notes\.0\.tags: /);
    expect(errorOf(fileWith((note) => (note.clauseIds = Array.from({ length: NOTE_LIMITS.clauseIds + 1 }, (_, i) => `c${i}`))))).toMatch(/^notes\.0\.clauseIds: /);
  });

  it('refuse a file past the size bound before reading it', () => {
    expect(errorOf(' '.repeat(NOTE_LIMITS.importChars + 1))).toMatch(/^\(file\): too large/);
  });

  it('take a quote at the bound', () => {
    const exact = '文'.repeat(NOTE_LIMITS.quote);
    const note = { ...sampleNotes()[0]!, quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' } };
    expect(NoteSchema.safeParse(note).success).toBe(true);
  });
});

describe('Markdown export of page addresses', () => {
  it('cannot be broken out of by a stored address holding > and a link', () => {
    // Written before addresses were normalised: what the parser would have encoded is raw.
    const note = { ...sampleNotes()[0]!, url: 'https://a.com/x> [x](javascript:alert(1))' };
    const line = exportMarkdown([note]).split('\n').find((l) => l.startsWith('<'))!;
    expect(line).toBe('<https://a.com/x%3E%20[x](javascript:alert(1))>');
    expect(line).toMatch(/^<[^<>\s]*>$/);
  });

  it('prints an address that is not http(s) as text, not as a link', () => {
    const note = { ...sampleNotes()[0]!, url: 'javascript:alert(1)' };
    const markdown = exportMarkdown([note]);
    expect(markdown).not.toContain('<javascript:');
    expect(markdown).toContain('\njavascript:alert(1)\n');
  });
});
