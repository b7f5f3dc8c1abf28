import { describe, expect, it } from 'vitest';
import { exportJson, parseNotesImport } from '../../../lib/notes/json';
import { sampleNotes } from './sample-notes';

const now = new Date('2026-11-25T01:00:00.000Z');

function exportObject() {
  return JSON.parse(exportJson(sampleNotes(), now)) as { notes: Record<string, unknown>[] };
}

function errorOf(text: string): string {
  const result = parseNotesImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

describe('exportJson / parseNotesImport', () => {
  it('gives back the same bytes after export → import → export', () => {
    const first = exportJson(sampleNotes(), now);
    const imported = parseNotesImport(first);
    expect(imported).toEqual({ ok: true, notes: expect.any(Array) });
    expect(imported.ok && exportJson(imported.notes, now)).toBe(first);
  });

  it('does not depend on the order of notes or of keys it was given', () => {
    const shuffled = sampleNotes()
      .reverse()
      .map((note) => Object.fromEntries(Object.entries(note).reverse()) as typeof note);
    expect(exportJson(shuffled, now)).toBe(exportJson(sampleNotes(), now));
  });

  it('records the format, version and export time, notes oldest first', () => {
    const file = JSON.parse(exportJson(sampleNotes(), now)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exported', 'notes']);
    expect(file).toMatchObject({ format: 'policy-lens-notes', version: 1, exported: '2026-11-25T01:00:00.000Z' });
    expect((file.notes as { id: string }[]).map((n) => n.id)).toEqual(sampleNotes().map((n) => n.id));
  });

  it('rejects a file that is not JSON', () => {
    expect(errorOf('{"format": "policy-lens-notes",')).toMatch(/^not a JSON file/);
  });

  it('rejects another format', () => {
    expect(errorOf(JSON.stringify({ ...exportObject(), format: 'hypothesis' }))).toMatch(/^format: /);
    expect(errorOf('[]')).toMatch(/^\(file\): /);
  });

  it('names the path of a missing field', () => {
    const file = exportObject();
    delete (file.notes[0]!.quote as Record<string, unknown>).exact;
    expect(errorOf(JSON.stringify(file))).toMatch(/^notes\.0\.quote\.exact: /);
  });

  it('names every invalid field, and checks selector positions', () => {
    const file = exportObject();
    file.notes[1]!.position = { type: 'TextPositionSelector', start: 9, end: 3 };
    file.notes[2]!.url = 'not a url';
    const error = errorOf(JSON.stringify(file));
    expect(error).toContain('notes.1.position.end: end must be after start');
    expect(error).toContain('notes.2.url: ');
  });

  it('rejects two notes with one id', () => {
    const file = exportObject();
    file.notes[2]!.id = file.notes[0]!.id;
    expect(errorOf(JSON.stringify(file))).toBe(`notes.2.id: duplicate id ${String(file.notes[0]!.id)}`);
  });
});
