import { pageKey, RequestSchema, ResponseSchemas, type ContentCommand, type Envelope, type Request } from '@/lib/messages';
import type { LibraryDb } from '@/lib/store/db';
import { getCitedView, getClauseView, getDocumentView } from '@/lib/store/queries';
import { deleteNote, notesForPage, recordAnchoring, saveNote, type AnchoringRecords } from '@/lib/store/notes';
import { forgetLibraryIndex, libraryIndexFromDb, matcherSourceFromDb } from '@/lib/store/matcher-source';
import { sourceForNeeds } from '@/lib/detect/page-needs';
import { convertScript } from '@/lib/convert';
import { describeZodError } from '@/lib/zod-issues';
import { deleteUserDocument, describeStoreError, DuplicateDocumentError, importPack, mergeFacts, saveUserDocument } from '@/lib/store/user-documents';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface RouterDeps {
  db: LibraryDb;
  extensionId: string;
  extensionOrigin: string;
  openLibrary: (target: string) => Promise<void>;
  openNotes: () => Promise<void>;
  /** Tells open pages that the library changed (user documents added, replaced or removed). */
  libraryChanged: () => Promise<void>;
  /** Reads a tab's main text and opens the library's preview of it. */
  addPage: (tabId: number) => Promise<void>;
  /** Opens the PDF reader on a web address, next to the asking tab when there is one. */
  openReader: (url: string, tabId: number | undefined) => Promise<void>;
  /** Hands a command to one frame of a tab (0: the top one); true when it was taken. */
  toFrame: (tabId: number, frameId: number, command: ContentCommand) => Promise<boolean>;
  /** Applies a change to the stored anchoring records, one change at a time. */
  updateAnchoring: (change: (previous: AnchoringRecords) => AnchoringRecords) => Promise<void>;
}

/**
 * Validates and answers one message. Only this extension's own parts are served; a content
 * script may read the library but only touch notes of the page it runs in.
 */
export async function route(deps: RouterDeps, raw: unknown, sender: Sender): Promise<Envelope> {
  if (sender.id !== deps.extensionId) return { ok: false, error: 'unknown sender' };
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid request: ${describeZodError(parsed.error, { separator: '; ' })}` };
  const request = parsed.data;
  const fromPage = !sender.url?.startsWith(deps.extensionOrigin);
  if (fromPage && !(await mayPageAsk(deps.db, request, sender))) return { ok: false, error: 'not allowed for this page' };
  try {
    // Answers are checked here, once, so content scripts can trust them without zod.
    return { ok: true, data: ResponseSchemas[request.type].parse(await answer(deps, request, sender)) };
  } catch (error) {
    return { ok: false, error: describeStoreError(error) };
  }
}

async function mayPageAsk(db: LibraryDb, request: Request, sender: Sender): Promise<boolean> {
  if (!sender.url || sender.tab?.id === undefined) return false;
  const page = pageKey(sender.url);
  switch (request.type) {
    case 'notes-for-page':
    case 'report-anchoring':
      return pageKey(request.url) === page;
    case 'save-note': {
      // A page may not overwrite a note that belongs to another page under the same id.
      const existing = await db.notes.get(request.note.id);
      return request.note.url === page && (!existing || existing.url === page);
    }
    case 'delete-note':
      return (await db.notes.get(request.id))?.url === page;
    // The library is changed only from the extension's own pages.
    case 'save-document':
    case 'delete-document':
    case 'import-pack':
    case 'merge-facts':
    case 'add-page':
      return false;
    default:
      return true;
  }
}

async function answer({ db, openLibrary, openNotes, updateAnchoring, libraryChanged: announce, addPage, openReader, toFrame }: RouterDeps, request: Request, sender: Sender): Promise<unknown> {
  const libraryChanged = () => {
    forgetLibraryIndex(db);
    return announce();
  };
  switch (request.type) {
    case 'matcher-source':
      return matcherSourceFromDb(db);
    case 'library-digest':
      return (await libraryIndexFromDb(db)).digest;
    case 'page-matcher-source':
      return sourceForNeeds(await libraryIndexFromDb(db), request.needs);
    case 'clause-view':
      return getClauseView(db, request.clauseId);
    case 'document-view':
      return getDocumentView(db, request.documentId);
    case 'cited-view':
      return getCitedView(db, request.citedId);
    case 'notes-for-page':
      return notesForPage(db, pageKey(request.url));
    case 'save-note':
      return saveNote(db, request.note, request.base);
    case 'delete-note':
      await deleteNote(db, request.id);
      return null;
    case 'report-anchoring': {
      // Only results for the reporting page's own notes are recorded.
      const onPage = new Set((await notesForPage(db, pageKey(request.url))).map((note) => note.id));
      const live = new Set(await db.notes.toCollection().primaryKeys());
      const results = request.results.filter((result) => onPage.has(result.id));
      await updateAnchoring((previous) => recordAnchoring(previous, results, live, new Date()));
      return null;
    }
    case 'open-library':
      await openLibrary(request.target);
      return null;
    case 'open-notes':
      await openNotes();
      return null;
    case 'convert':
      return convertScript(request.text, request.script);
    case 'save-document':
      try {
        const saved = await saveUserDocument(db, request.document, request.mode);
        await libraryChanged();
        return { saved: true, id: saved.document.id };
      } catch (error) {
        if (!(error instanceof DuplicateDocumentError)) throw error;
        return { saved: false, duplicate: { id: error.heldId, title: error.heldTitle, userAdded: error.userAdded } };
      }
    case 'delete-document': {
      const removed = await deleteUserDocument(db, request.id);
      await libraryChanged();
      return removed;
    }
    case 'import-pack': {
      const imported = await importPack(db, request.pack);
      await libraryChanged();
      return imported.map((d) => d.document.id);
    }
    case 'merge-facts': {
      const document = await mergeFacts(db, request.id, request.facts, request.source);
      await libraryChanged();
      return document;
    }
    case 'add-page':
      await addPage(request.tabId);
      return null;
    case 'open-pdf-reader':
      await openReader(request.url, sender.tab?.id);
      return null;
    case 'frame-popover':
      // Only a subframe of a tab has a top window to ask.
      if (sender.tab?.id === undefined || !sender.frameId) return false;
      return toFrame(sender.tab.id, 0, { type: 'frame-popover', frameId: sender.frameId, popover: request.popover });
    case 'frame-popover-closed':
      // Only the top window shows popovers for its frames.
      if (sender.tab?.id !== undefined && sender.frameId === 0) await toFrame(sender.tab.id, request.frameId, { type: 'frame-popover-closed' });
      return null;
  }
}
