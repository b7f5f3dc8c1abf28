import { describeZodError } from '../zod-issues';
import { byCreated } from './order';
import { NOTE_LIMITS, NOTES_EXPORT_FORMAT, type Note, NotesExportSchema } from './schema';

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

export type NotesImportResult = { ok: true; notes: Note[] } | { ok: false; error: string };

/** Reads an export file; on failure the error says what is wrong and where (`notes.0.quote.exact: …`). */
export function parseNotesImport(text: string): NotesImportResult {
  if (text.length > NOTE_LIMITS.importChars) {
    return { ok: false, error: `(file): too large (${text.length} characters; at most ${NOTE_LIMITS.importChars})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not a JSON file: ${(e as Error).message}` };
  }
  const parsed = NotesExportSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: describeZodError(parsed.error, { root: '(file)', separator: '; ' }) };
  }
  const { notes } = parsed.data;
  // A merge by id cannot tell which of two notes with one id to keep.
  const seen = new Set<string>();
  for (const [i, note] of notes.entries()) {
    if (seen.has(note.id)) return { ok: false, error: `notes.${i}.id: duplicate id ${note.id}` };
    seen.add(note.id);
  }
  return { ok: true, notes };
}
