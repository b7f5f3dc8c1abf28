import type { Note } from './schema';

export type ImportPlan = { added: Note[]; updated: Note[]; skipped: Note[] };

/**
 * Merge by id: a new id is added; a known id is replaced only when the incoming note was
 * updated later, so an older or identical copy never overwrites the user's newer edit.
 * Ids in `incoming` are unique (parseNotesImport rejects files where they are not).
 */
export function planImport(existing: readonly Note[], incoming: readonly Note[]): ImportPlan {
  const current = new Map(existing.map((note) => [note.id, note]));
  const plan: ImportPlan = { added: [], updated: [], skipped: [] };
  for (const note of incoming) {
    const mine = current.get(note.id);
    if (!mine) plan.added.push(note);
    else if (Date.parse(note.updated) > Date.parse(mine.updated)) plan.updated.push(note);
    else plan.skipped.push(note);
  }
  return plan;
}
