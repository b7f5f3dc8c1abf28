/**
 * A page URL whose fragment is `#policy-lens-note=<id>` opens scrolled to that note: the notes
 * manager's "open page" adds it, the content notes layer reads it.
 */
export const NOTE_FRAGMENT = 'policy-lens-note=';

export function noteIdInFragment(hash: string): string | null {
  const fragment = decodeURIComponent(hash.replace(/^#/, ''));
  return fragment.startsWith(NOTE_FRAGMENT) ? fragment.slice(NOTE_FRAGMENT.length) : null;
}
