import { describeZodError } from '../zod-issues';
import { byCreated } from './order';
import { NOTE_LIMITS, NOTES_EXPORT_FORMAT, type Note, NotesExportSchema } from './schema';
import { isWebAnnotation, parseWebAnnotation } from './web-annotation-import';

/**
 * The complete, re-importable export. Notes are ordered by creation (then id) and each object
 * is rebuilt by the schema, so keys come in schema order whatever order storage returned:
 * an export → import → export round trip is byte-identical.
 */
export function exportJson(notes: readonly Note[], now: Date): string {
  const sorted = [...notes].sort(byCreated);
  const file = NotesExportSchema.parse({
    format: NOTES_EXPORT_FORMAT,
    version: 1,
    exported: now.toISOString(),
    notes: sorted,
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why an import failed, for a plain sentence in the UI; `error` is the technical detail (zod path). */
export type NotesImportFailure = { ok: false; kind: 'not-json' | 'not-notes' | 'duplicate-id'; error: string };
export type NotesImportResult = { ok: true; notes: Note[] } | NotesImportFailure;

/**
 * Reads an export file of this extension or a W3C Web Annotation file; on failure the error
 * says what is wrong and where (`notes.0.quote.exact: …`).
 */
export function parseNotesImport(text: string): NotesImportResult {
  if (text.length > NOTE_LIMITS.importChars) {
    return { ok: false, kind: 'not-notes', error: `(file): too large (${text.length} characters; at most ${NOTE_LIMITS.importChars})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, kind: 'not-json', error: `not a JSON file: ${(e as Error).message}` };
  }
  let notes: Note[];
  if (isWebAnnotation(json)) {
    const parsed = parseWebAnnotation(json);
    if (!parsed.ok) {
      const error = typeof parsed.issues === 'string' ? parsed.issues : describeZodError(parsed.issues, { root: '(file)', separator: '; ' });
      return { ok: false, kind: 'not-notes', error };
    }
    notes = parsed.notes;
  } else {
    const parsed = NotesExportSchema.safeParse(json);
    if (!parsed.success) return { ok: false, kind: 'not-notes', error: describeZodError(parsed.error, { root: '(file)', separator: '; ' }) };
    notes = parsed.data.notes;
  }
  // A merge by id cannot tell which of two notes with one id to keep.
  const seen = new Set<string>();
  for (const [i, note] of notes.entries()) {
    if (seen.has(note.id)) return { ok: false, kind: 'duplicate-id', error: `notes.${i}.id: duplicate id ${note.id}` };
    seen.add(note.id);
  }
  return { ok: true, notes };
}
