import type { Note } from './schema';

/**
 * A page URL whose fragment is `#policy-lens-note=<id>` opens scrolled to that note: the notes
 * manager's "open page" makes it, the content notes layer reads it.
 */
const NOTE_FRAGMENT = 'policy-lens-note=';

/** The note's page, opened at the note. */
export function noteLink(note: Pick<Note, 'url' | 'id'>): string {
  return `${note.url}#${NOTE_FRAGMENT}${encodeURIComponent(note.id)}`;
}

/** The note id a location hash asks for; null for any other hash, malformed escapes included. */
export function noteIdInFragment(hash: string): string | null {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(NOTE_FRAGMENT)) return null;
  try {
    return decodeURIComponent(fragment.slice(NOTE_FRAGMENT.length)) || null;
  } catch {
    // A page's own hash such as `#50%off` is not an escape sequence.
    return null;
  }
}
