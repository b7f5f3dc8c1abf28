// A new note's record, one shape wherever it is made (a web page or a PDF): its quote and
// position are described over the text the reader selected it in.
import { describePosition, describeQuote } from '../anchoring/describe';
import type { Note } from './schema';

export interface NoteSite {
  /** The page's address without its fragment, or a PDF's urn:x-pdf: key. */
  url: string;
  pageTitle: string;
  /** The text the offsets count in. */
  text: string;
}

export function newNote(site: NoteSite, start: number, end: number, fields: Pick<Note, 'comment' | 'tags'>, clauseIds: string[], now = new Date().toISOString()): Note {
  return {
    id: crypto.randomUUID(),
    url: site.url,
    pageTitle: site.pageTitle,
    quote: describeQuote(site.text, start, end),
    position: describePosition(start, end),
    comment: fields.comment,
    tags: fields.tags,
    clauseIds,
    created: now,
    updated: now,
  };
}
