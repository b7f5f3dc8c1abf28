import { z } from 'zod';
import { ScriptSchema } from './script';
import { NoteSchema } from './notes/schema';
import { ReferenceSchema } from './detect/reference';
import { MatcherSourceSchema } from './detect/source';
import { LibraryDigestSchema, PageNeedsSchema } from './detect/page-needs-schema';
import { CitedViewSchema, ClauseViewSchema, DocumentViewSchema } from './store/views';
import { UserDocumentSchema } from './corpus/pack';
import { DocumentSchema } from './corpus/schema';
import { DocumentFactsSchema, SaveOutcomeSchema } from './store/document-messages';

const BoxSchema = z.object({ left: z.number(), top: z.number(), width: z.number().min(0), height: z.number().min(0) });

/**
 * A popover for a reference in a small frame, shown by the top window: the reference, its box
 * in the frame's viewport, and what the top window needs to find the <iframe> element (the
 * frame's address and viewport size); `reference` null closes it.
 */
export const FramePopoverSchema = z.object({
  reference: ReferenceSchema.nullable(),
  anchor: BoxSchema,
  frame: z.object({ url: z.string().max(4096), width: z.number().min(0), height: z.number().min(0) }),
});
export type FramePopover = z.infer<typeof FramePopoverSchema>;

/**
 * Every message between extension parts. The background validates what it is asked (content
 * scripts run in pages and may be confused by them, so it also checks who is asking) and what
 * it answers; content scripts trust its answers and load no zod (see content/messaging.ts).
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('matcher-source') }),
  // A page's share of the matcher (lib/detect/page-needs.ts): the digest, then what its text needs.
  z.object({ type: z.literal('library-digest') }),
  z.object({ type: z.literal('page-matcher-source'), needs: PageNeedsSchema }),
  z.object({ type: z.literal('clause-view'), clauseId: z.string().min(1) }),
  z.object({ type: z.literal('document-view'), documentId: z.string().min(1) }),
  z.object({ type: z.literal('cited-view'), citedId: z.string().min(1) }),
  z.object({ type: z.literal('notes-for-page'), url: z.string().url() }),
  /** `base`: for an edit, the `updated` of the note the editor opened (lost-update check). */
  z.object({ type: z.literal('save-note'), note: NoteSchema, base: z.iso.datetime().optional() }),
  z.object({ type: z.literal('delete-note'), id: z.string().min(1) }),
  // Which of the page's notes could not be found on it, for the notes manager's orphan list.
  z.object({
    type: z.literal('report-anchoring'),
    url: z.string().url(),
    results: z.array(z.object({ id: z.string().min(1), orphaned: z.boolean() })),
  }),
  z.object({ type: z.literal('open-library'), target: z.string().min(1) }),
  z.object({ type: z.literal('open-notes') }),
  // Content scripts cannot load opencc-js's large 简→繁 dictionaries lazily; the background can.
  z.object({ type: z.literal('convert'), text: z.string().max(200_000), script: ScriptSchema }),
  // User documents: written by extension pages only (the router refuses them from pages).
  z.object({ type: z.literal('save-document'), document: UserDocumentSchema, mode: z.enum(['new', 'replace']) }),
  z.object({ type: z.literal('delete-document'), id: z.string().min(1) }),
  z.object({ type: z.literal('import-pack'), pack: z.unknown() }),
  z.object({ type: z.literal('merge-facts'), id: z.string().min(1), facts: DocumentFactsSchema, source: z.string().min(1) }),
  // "Add this page": the background asks the tab's content script for its main text.
  z.object({ type: z.literal('add-page'), tabId: z.number().int().min(0) }),
  // A PDF embedded in or linked from the page, opened in the extension's reader next to the tab.
  z.object({ type: z.literal('open-pdf-reader'), url: z.url({ protocol: /^https?$/ }) }),
  // A frame too small for the popover asks the top window to show it over the frame (null: close).
  z.object({ type: z.literal('frame-popover'), popover: FramePopoverSchema }),
  // The top window closed the popover it showed for that frame (Escape, its own scroll, the pointer gone).
  z.object({ type: z.literal('frame-popover-closed'), frameId: z.number().int().min(1) }),
]);
export type Request = z.infer<typeof RequestSchema>;


export const ResponseSchemas = {
  'matcher-source': MatcherSourceSchema,
  'library-digest': LibraryDigestSchema,
  'page-matcher-source': MatcherSourceSchema,
  'clause-view': ClauseViewSchema.nullable(),
  'document-view': DocumentViewSchema.nullable(),
  'cited-view': CitedViewSchema.nullable(),
  'notes-for-page': z.array(NoteSchema),
  'save-note': NoteSchema,
  'delete-note': z.null(),
  'report-anchoring': z.null(),
  'open-library': z.null(),
  'open-notes': z.null(),
  convert: z.string(),
  'save-document': SaveOutcomeSchema,
  'delete-document': UserDocumentSchema.nullable(),
  'import-pack': z.array(z.string()),
  'merge-facts': DocumentSchema,
  'add-page': z.null(),
  'open-pdf-reader': z.null(),
  /** Whether the top window showed it (else the frame shows it itself). */
  'frame-popover': z.boolean(),
  'frame-popover-closed': z.null(),
} satisfies Record<Request['type'], z.ZodType>;

export type ResponseOf<T extends Request['type']> = z.infer<(typeof ResponseSchemas)[T]>;

/** Messages the background sends to a tab's content script (context menu, keyboard command). */
export const ContentCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open-note-editor') }),
  // To the top frame: show (or close) the popover of the frame `frameId` over that frame.
  z.object({ type: z.literal('frame-popover'), frameId: z.number().int().min(1), popover: FramePopoverSchema }),
  // To that frame: the popover the top window showed for it is closed.
  z.object({ type: z.literal('frame-popover-closed') }),
]);
export type ContentCommand = z.infer<typeof ContentCommandSchema>;

export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;

export { pageKey } from './page-key';
