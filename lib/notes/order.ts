import type { Note } from './schema';

/** Oldest first, then by id: the same order whatever order storage returned the notes in. */
export function byCreated(a: Note, b: Note): number {
  return compare(a.created, b.created) || compare(a.id, b.id);
}

/** Notes by page URL, pages in the order their first note comes in `notes`. */
export function groupByPage(notes: readonly Note[]): Map<string, Note[]> {
  const pages = new Map<string, Note[]>();
  for (const note of notes) {
    const page = pages.get(note.url);
    if (page) page.push(note);
    else pages.set(note.url, [note]);
  }
  return pages;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
