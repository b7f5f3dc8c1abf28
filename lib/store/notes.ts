import type { LibraryDb } from './db';
import type { Note } from '../notes/schema';

export function notesForPage(db: LibraryDb, url: string): Promise<Note[]> {
  return db.notes.where('url').equals(url).sortBy('created');
}

export async function saveNote(db: LibraryDb, note: Note): Promise<Note> {
  await db.notes.put(note);
  return note;
}

export async function deleteNote(db: LibraryDb, id: string): Promise<void> {
  await db.notes.delete(id);
}
