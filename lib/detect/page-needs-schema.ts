import { z } from 'zod';
import { PREFIX } from './page-needs';

/**
 * The messages of lib/detect/page-needs.ts, validated by the background: the digest it sends
 * every page and what a page asks for. Apart from page-needs.ts so that the content script,
 * which trusts the background's answers, carries no zod.
 */
/** What every page receives: small, whatever the library's size. */
export const LibraryDigestSchema = z.object({
  /** The 32-bit hashes of every key's prefix, sorted, as bytes (the platform's order) in base64. */
  prefixes: z.base64(),
  /** Units that start a key read anywhere (the others cannot start a match). */
  openStarts: z.array(z.number().int().min(0).max(0xffff)),
  /** The longest key read inside 《》. */
  closedMax: z.number().int().min(0),
  /** Lengths under PREFIX of keys read anywhere. */
  openLengths: z.array(z.number().int().min(1).max(PREFIX - 1)),
});
export type LibraryDigest = z.infer<typeof LibraryDigestSchema>;

/** What a page asks for: the digest's prefixes its text holds, and the 文号 it prints (docNumberKey). */
export const PageNeedsSchema = z.object({
  prefixes: z.array(z.number().int().min(0).max(0xffffffff)).max(200_000),
  docNumbers: z.array(z.number().int().min(0)).max(20_000),
});
export type PageNeeds = z.infer<typeof PageNeedsSchema>;
