/**
 * Bounds on what a note holds. A select-all highlight would otherwise store the whole page,
 * and re-anchoring cost grows with the quote; an imported file could hold anything. Apart from
 * schema.ts so that content scripts check them without loading zod.
 */
export const NOTE_LIMITS = {
  /** UTF-16 units: several paragraphs of a policy document. */
  quote: 5_000,
  /** Context kept beside a quote: 32 units are written (describeQuote); imports may hold a little more. */
  context: 256,
  comment: 20_000,
  pageTitle: 1_000,
  url: 4_096,
  id: 200,
  tag: 100,
  tags: 64,
  clauseIds: 256,
  /** Notes in one import file, and the file's size in characters. */
  notes: 100_000,
  importChars: 64 * 1024 * 1024,
} as const;

/** The message of the error a save refused as a lost update (lib/store/notes saveNote). */
export const STALE_NOTE = 'stale-note';
