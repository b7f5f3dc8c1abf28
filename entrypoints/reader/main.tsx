import '@/lib/zod-config';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Popover, targetOf } from '@/components/Popover';
import { PopoverFrame } from '@/components/PopoverFrame';
import type { Box } from '@/components/place';
import { t } from '@/components/i18n';
import { NoteCard } from '@/components/notes/NoteCard';
import { NoteEditor } from '@/components/notes/NoteEditor';
import { SelectionToolbar } from '@/components/notes/SelectionToolbar';
import { ReaderNotice, type Notice } from '@/components/reader/ReaderNotice';
import { ReaderToolbar } from '@/components/reader/ReaderToolbar';
import { loadScriptPreference, saveScriptPreference } from '@/components/script-preference';
import type { Note } from '@/lib/notes/schema';
import { PageTextSchema, PENDING_IMPORT_KEY } from '@/lib/store/document-messages';
import { pdfDisplayName } from '@/lib/pdf/identity';
import type { Script } from '@/lib/script';
import { HoverIntent, type HoverSource } from '../content/hover-intent';
import { ask } from '../content/messaging';
import { cite } from '../content-ui/notes-view';
import { boxOf } from '../content/notes/selection';
import type { PlacedReference } from '../content/reference-index';
import { libraryTarget, load } from '../content-ui/reference-popover-view';
import { loadPdfBytes, PermissionNeeded } from './source';
import { openPdf, PdfOpenError } from './pdf';
import { ReaderSession } from './session';
import '@/components/styles.css';
import '@/components/notes/notes.css';
import './reader.css';

type Surface =
  | { kind: 'reference'; anchor: Box; placed: PlacedReference }
  | { kind: 'toolbar'; anchor: Box; start: number; end: number; text: string }
  | { kind: 'editor'; anchor: Box; start: number; end: number; text: string; linked: string[]; note: null }
  | { kind: 'editor'; anchor: Box; note: Note }
  | { kind: 'card'; anchor: Box; note: Note };

const DWELL_MS = 150;
const LINGER_MS = 300;
const SELECTION_SETTLE_MS = 250;

document.title = `${t('readerTitle')} · ${t('extName')}`;

function ReaderPage() {
  const pagesRef = useRef<HTMLDivElement>(null);
  const sessionRef = useRef<ReaderSession | null>(null);
  const [notice, setNotice] = useState<Notice>({ kind: 'empty' });
  const [title, setTitle] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const [pageCount, setPageCount] = useState(0);
  const [zoom, setZoom] = useState(1.25);
  const [find, setFind] = useState<{ count: number | null; index: number }>({ count: null, index: 0 });
  const [surface, setSurfaceState] = useState<Surface | null>(null);
  const surfaceRef = useRef<Surface | null>(null);
  const [script, setScript] = useState<Script>('original');
  const [dragging, setDragging] = useState(false);
  /** The PDF has text the library can take (not a scan, not still being read). */
  const [hasText, setHasText] = useState(false);
  /** Where the open PDF came from: its web address, or null for a local file (then its fingerprint names it). */
  const sourceUrl = useRef<string | null>(null);

  const intent = useMemo(() => new HoverIntent({ dwellMs: DWELL_MS, lingerMs: LINGER_MS }), []);
  const sources = useRef<{ references: HoverSource<PlacedReference>; notes: HoverSource<string> } | null>(null);
  const setSurface = useCallback(
    (next: Surface | null) => {
      surfaceRef.current = next;
      setSurfaceState(next);
      sessionRef.current?.setActiveNote(next?.kind === 'card' ? next.note.id : null);
      if (!sources.current) return;
      intent.shownNow(sources.current.references, next?.kind === 'reference' ? next.placed : null);
      intent.shownNow(sources.current.notes, next?.kind === 'card' ? next.note.id : null);
    },
    [intent],
  );
  // The toolbar and the editor stay until the reader is done with them.
  const paused = () => surfaceRef.current?.kind === 'editor' || surfaceRef.current?.kind === 'toolbar';
  sources.current ??= {
    references: {
      find: (x, y) => sessionRef.current?.referenceAt(x, y) ?? null,
      paused,
      open: (placed) => setSurface({ kind: 'reference', anchor: boxOf(placed.range), placed }),
      close: () => surfaceRef.current?.kind === 'reference' && setSurface(null),
    },
    notes: {
      find: (x, y) => sessionRef.current?.noteAt(x, y)?.id ?? null,
      paused,
      open: (id) => {
        const session = sessionRef.current;
        const note = session?.note(id);
        const range = session?.noteRange(id);
        if (note && range) setSurface({ kind: 'card', anchor: boxOf(range), note });
      },
      close: () => surfaceRef.current?.kind === 'card' && setSurface(null),
    },
  };
  useEffect(() => {
    const removals = [intent.add(sources.current!.references), intent.add(sources.current!.notes)];
    return () => removals.forEach((remove) => remove());
  }, [intent]);

  const openBytes = useCallback(
    async (bytes: Uint8Array, source: string) => {
      sessionRef.current?.close();
      sessionRef.current = null;
      performance.clearMarks();
      performance.mark('policy-lens:pdf-open');
      setSurface(null);
      setPageCount(0);
      setFind({ count: null, index: 0 });
      setTitle(null);
      setHasText(false);
      setNotice({ kind: 'opening' });
      try {
        const doc = await openPdf(bytes, (wrong) => new Promise((resolve) => setNotice({ kind: 'password', wrong, onSubmit: resolve, onCancel: () => resolve(null) })));
        const { info } = await doc.getMetadata().catch(() => ({ info: {} as Record<string, unknown> }));
        const name = pdfDisplayName((info as Record<string, unknown>).Title, source);
        const first = await doc.getPage(1);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = first.view;
        const session = new ReaderSession(doc, pagesRef.current!, { width: x1 - x0, height: y1 - y0 }, name, {
          progress: (read, count) => setNotice({ kind: 'reading', page: read, pageCount: count }),
          textReady: (joined, references) => {
            setHasText(joined.text.trim() !== '');
            setNotice(joined.text.trim() ? { kind: 'references', count: references } : { kind: 'scanned' });
          },
          pageChanged: setPage,
          layoutChanged: () => {
            if (surfaceRef.current?.kind === 'reference' || surfaceRef.current?.kind === 'card') setSurface(null);
          },
        });
        sessionRef.current = session;
        document.title = `${name} · ${t('readerTitle')}`;
        setTitle(name);
        setPageCount(doc.numPages);
        setZoom(session.viewer.zoom);
        await session.readText();
      } catch (error) {
        setNotice({ kind: error instanceof PdfOpenError ? error.failure : 'corrupt' });
      }
    },
    [setSurface],
  );

  const openFile = useCallback(
    (file: File) =>
      void file.arrayBuffer().then((buffer) => {
        sourceUrl.current = null;
        return openBytes(new Uint8Array(buffer), file.name);
      }),
    [openBytes],
  );

  const openUrl = useCallback(
    async (url: string) => {
      setNotice({ kind: 'opening' });
      try {
        const bytes = await loadPdfBytes(url);
        sourceUrl.current = url;
        await openBytes(bytes, url);
      } catch (error) {
        if (error instanceof PermissionNeeded) {
          setNotice({
            kind: 'permission',
            origin: error.origin,
            // The click is the user gesture the browser asks for before granting.
            onGrant: () => void browser.permissions.request({ origins: [`${error.origin}/*`] }).then((granted) => {
              if (granted) void openUrl(url);
            }),
          });
        } else setNotice({ kind: 'fetch-failed', detail: error instanceof Error ? error.message : String(error) });
      }
    },
    [openBytes],
  );

  useEffect(() => {
    void loadScriptPreference().then(setScript);
    const url = new URLSearchParams(location.search).get('url');
    if (url) void openUrl(url);
    const events = new AbortController();
    const signal = events.signal;
    let selectionTimer = 0;
    addEventListener('pointermove', intent.onPointerMove, { passive: true, signal });
    addEventListener('keydown', (e) => e.key === 'Escape' && surfaceRef.current?.kind !== 'editor' && setSurface(null), { signal });
    addEventListener('scroll', () => surfaceRef.current?.kind === 'reference' && setSurface(null), { passive: true, signal });
    document.addEventListener(
      'selectionchange',
      () => {
        clearTimeout(selectionTimer);
        selectionTimer = window.setTimeout(() => {
          if (surfaceRef.current?.kind === 'editor') return;
          const selection = document.getSelection();
          const range = selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : null;
          const at = range && pagesRef.current?.contains(range.commonAncestorContainer) ? sessionRef.current?.selectionOffsets(range) : null;
          const text = sessionRef.current?.text?.text;
          if (range && at && text) setSurface({ kind: 'toolbar', anchor: boxOf(range), ...at, text: text.slice(at.start, at.end) });
          else if (surfaceRef.current?.kind === 'toolbar') setSurface(null);
        }, SELECTION_SETTLE_MS);
      },
      { signal },
    );
    return () => events.abort();
  }, [intent, openUrl, setSurface]);

  const session = sessionRef.current;
  const saveNew = async (start: number, end: number, fields: Pick<Note, 'comment' | 'tags'>, linked: string[]) => {
    await session?.createNote(start, end, fields, linked);
    document.getSelection()?.collapseToEnd();
    setSurface(null);
  };

  /**
   * 加入文库: the joined text (lines and pages joined, headers, footers and page numbers left
   * out) goes to the library's preview the way "add this page" hands a page over.
   */
  const addToLibrary = async () => {
    const text = session?.text?.text;
    if (!session || !text?.trim()) return;
    const page = PageTextSchema.parse({ url: sourceUrl.current ?? session.urn, title: session.title, text });
    await browser.storage.session.set({ [PENDING_IMPORT_KEY]: page });
    await browser.tabs.create({ url: browser.runtime.getURL('/library.html#import=page') });
  };

  return (
    <div
      className={`pl-reader${dragging ? ' pl-reader-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) openFile(file);
      }}
    >
      <ReaderToolbar
        title={title}
        page={page}
        pageCount={pageCount}
        zoom={zoom}
        findCount={find.count}
        findIndex={find.index}
        onOpenFile={openFile}
        onPage={(index) => session?.viewer.goTo(index)}
        onZoom={(next) => {
          session?.viewer.setZoom(next);
          setZoom(session?.viewer.zoom ?? next);
        }}
        onFind={(query) => setFind({ count: session?.findText(query) ?? 0, index: 0 })}
        onFindNext={(backwards) => setFind((f) => ({ ...f, index: session?.findNext(backwards) ?? 0 }))}
        onAddToLibrary={hasText ? () => void addToLibrary() : undefined}
      />
      <ReaderNotice notice={notice} />
      <div className="pl-reader-pages" ref={pagesRef} />
      {surface && (
        <PopoverFrame anchor={surface.anchor} onPointerEnter={intent.surfaceEnter} onPointerLeave={intent.surfaceLeave}>
          {surface.kind === 'reference' ? (
            <Popover
              target={targetOf(surface.placed.reference)}
              load={load}
              script={script}
              onScriptChange={(next) => {
                setScript(next);
                void saveScriptPreference(next);
              }}
              convert={(text, to) => ask({ type: 'convert', text, script: to })}
              onOpenLibrary={(target) => void ask({ type: 'open-library', target: libraryTarget(target) })}
              onClose={() => setSurface(null)}
            />
          ) : surface.kind === 'toolbar' ? (
            <SelectionToolbar
              onHighlight={() => void saveNew(surface.start, surface.end, { comment: '', tags: [] }, session?.linkedIds(surface.start, surface.end) ?? [])}
              onAddNote={() => setSurface({ ...surface, kind: 'editor', linked: session?.linkedIds(surface.start, surface.end) ?? [], note: null })}
            />
          ) : surface.kind === 'card' ? (
            <NoteCard
              note={surface.note}
              cite={cite}
              onEdit={() => setSurface({ kind: 'editor', anchor: surface.anchor, note: surface.note })}
              onDelete={() => void session?.deleteNote(surface.note.id).then(() => setSurface(null))}
              onOpenManager={() => void ask({ type: 'open-notes' })}
            />
          ) : (
            <NoteEditor
              key={surface.note?.id ?? 'new'}
              title={t(surface.note ? 'noteEditTitle' : 'noteEditorTitle')}
              quote={surface.note ? surface.note.quote.exact : surface.text}
              initial={surface.note ?? { comment: '', tags: [] }}
              linked={surface.note ? surface.note.clauseIds : surface.linked}
              cite={cite}
              onSave={async (fields) => {
                if (surface.note) {
                  await session?.updateNote(surface.note, fields);
                  setSurface(null);
                } else await saveNew(surface.start, surface.end, fields, surface.linked);
              }}
              onCancel={() => setSurface(null)}
            />
          )}
        </PopoverFrame>
      )}
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<ReaderPage />);
