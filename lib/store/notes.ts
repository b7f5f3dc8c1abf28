import { z } from 'zod';
import { getClauses } from './clauses';
import type { LibraryDb } from './db';
import { STALE_NOTE, type Note } from '../notes/schema';
import { parseNotesImport, type NotesImportFailure } from '../notes/json';
import { planImport } from '../notes/merge';
import { foldKey } from '../text/fold';
import type { ClauseCitation } from '../citation';

export function notesForPage(db: LibraryDb, url: string): Promise<Note[]> {
  return db.notes.where('url').equals(url).sortBy('created');
}

/**
 * Saves a note. An edit names the version it started from (`base`, the `updated` it read):
 * if the stored note has changed since (edited in the manager while the page's editor was
 * open, say), the save is refused with STALE_NOTE rather than writing the stale copy over it.
 */
export async function saveNote(db: LibraryDb, note: Note, base?: string): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    if (base !== undefined) {
      const current = await db.notes.get(note.id);
      if (current && current.updated !== base) throw new Error(STALE_NOTE);
    }
    await db.notes.put(note);
    return note;
  });
}

export async function deleteNote(db: LibraryDb, id: string): Promise<void> {
  await db.notes.delete(id);
}

/** Every note, most recently edited first. */
export function allNotes(db: LibraryDb): Promise<Note[]> {
  return db.notes.orderBy('updated').reverse().toArray();
}

export type ImportCounts = { added: number; updated: number; skipped: number };

/**
 * Merges already-validated notes (parseNotesImport) by id, all or nothing: the plan and the
 * writes share one rw transaction, and nothing inside catches, so any failure rolls back
 * every write and the store is as it was.
 */
export async function importNotes(db: LibraryDb, incoming: readonly Note[]): Promise<ImportCounts> {
  return db.transaction('rw', db.notes, async () => {
    const existing = (await db.notes.bulkGet(incoming.map((note) => note.id))).filter((note): note is Note => note !== undefined);
    const plan = planImport(existing, incoming);
    await db.notes.bulkPut([...plan.added, ...plan.updated]);
    return { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped.length };
  });
}

/**
 * An export file's text into the store: validated first, then merged in one transaction.
 * A malformed file is refused with the zod path of the problem and writes nothing.
 */
export async function importNotesFile(db: LibraryDb, text: string): Promise<{ ok: true; counts: ImportCounts } | NotesImportFailure> {
  const parsed = parseNotesImport(text);
  if (!parsed.ok) return parsed;
  return { ok: true, counts: await importNotes(db, parsed.notes) };
}

export type NotesFilter = { tag?: string | null; clauseId?: string | null; query?: string };

/**
 * Notes matching every given criterion. The query is looked for in the comment and the quote
 * with 简/繁, width and whitespace folded and punctuation ignored, so 審批 finds 审批 and "第 7 条" finds 第7条.
 */
export function filterNotes(notes: readonly Note[], { tag, clauseId, query }: NotesFilter): Note[] {
  const needle = query?.trim() ? searchKey(query) : '';
  return notes.filter(
    (note) =>
      (!tag || note.tags.includes(tag)) &&
      (!clauseId || note.clauseIds.includes(clauseId)) &&
      (!needle || searchKey(`${note.comment}\n${note.quote.exact}`).includes(needle)),
  );
}

/** Folded, and without punctuation: 措施第十条 finds 《措施》第十条, 苏政发(2018)144号 finds 苏政发〔2018〕144号. */
function searchKey(text: string): string {
  return foldKey(text).replace(/[\p{P}\p{S}\s]/gu, '');
}

/** Distinct values of a list field across notes, sorted, for filter menus. */
export function distinct(notes: readonly Note[], field: 'tags' | 'clauseIds'): string[] {
  return [...new Set(notes.flatMap((note) => note[field]))].sort();
}

/**
 * Whether each note was found on its page the last time the page was open: the content script
 * reports it, the manager shows orphans. Kept beside the notes (in extension storage), not in
 * them, so an export holds only what the user wrote and selected.
 */
export const ANCHORING_KEY = 'noteAnchoring';
const AnchoringRecordSchema = z.object({ orphaned: z.boolean(), checked: z.iso.datetime() });
export const AnchoringRecordsSchema = z.record(z.string(), AnchoringRecordSchema);
export type AnchoringRecords = z.infer<typeof AnchoringRecordsSchema>;

/** The stored records; none when nothing is stored yet or what is stored is not records. */
export function readAnchoringRecords(stored: unknown): AnchoringRecords {
  const parsed = AnchoringRecordsSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** Records one page's anchoring results over the previous records; ids of deleted notes are dropped. */
export function recordAnchoring(
  previous: AnchoringRecords,
  results: readonly { id: string; orphaned: boolean }[],
  liveIds: ReadonlySet<string>,
  now: Date,
): AnchoringRecords {
  const next: AnchoringRecords = {};
  for (const [id, record] of Object.entries(previous)) if (liveIds.has(id)) next[id] = record;
  for (const { id, orphaned } of results) if (liveIds.has(id)) next[id] = { orphaned, checked: now.toISOString() };
  return next;
}

/**
 * How each linked id is cited (manager, Markdown export): `doc:path` is a clause, a bare id a
 * document. Ids the library does not hold are left out. The same few reads however many ids.
 */
export async function clauseCitations(db: LibraryDb, ids: readonly string[]): Promise<Map<string, ClauseCitation>> {
  const unique = [...new Set(ids)];
  const clauseIds = unique.filter((id) => id.includes(':'));
  const found = await getClauses(db, clauseIds);
  const clauses = new Map(clauseIds.map((id, i) => [id, found[i]]));
  const documents = await db.documents.bulkGet(unique.map((id) => clauses.get(id)?.documentId ?? id));
  const citations = new Map<string, ClauseCitation>();
  unique.forEach((id, i) => {
    const document = documents[i];
    if (document) citations.set(id, { document, clause: clauses.get(id) ?? null });
  });
  return citations;
}
