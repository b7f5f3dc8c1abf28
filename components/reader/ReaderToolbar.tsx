import { useEffect, useState } from 'react';
import { t } from '../i18n';

export interface ReaderToolbarProps {
  title: string | null;
  /** 0-based; pageCount 0 while no PDF is open. */
  page: number;
  pageCount: number;
  zoom: number;
  /** Matches of the last find, null before any; findIndex is the shown one (0-based). */
  findCount: number | null;
  findIndex: number;
  onOpenFile: (file: File) => void;
  onPage: (index: number) => void;
  onZoom: (zoom: number) => void;
  onFind: (query: string) => void;
  onFindNext: (backwards: boolean) => void;
  /** Hands the PDF's text to the library's preview; absent until there is text to hand. */
  onAddToLibrary?: () => void;
}

const ZOOM_STEP = 1.25;

/** The reader's controls: open a file, move between pages, zoom, find. */
export function ReaderToolbar({ title, page, pageCount, zoom, findCount, findIndex, onOpenFile, onPage, onZoom, onFind, onFindNext, onAddToLibrary }: ReaderToolbarProps) {
  const [pageInput, setPageInput] = useState(String(page + 1));
  const [query, setQuery] = useState('');
  /** Enter on the query just searched moves to the next match; on a new query it searches. */
  const [searched, setSearched] = useState<string | null>(null);
  useEffect(() => setPageInput(String(page + 1)), [page]);
  const open = pageCount > 0;
  return (
    <div className="pl-root pl-reader-toolbar" role="toolbar" aria-label={t('readerTitle')}>
      <label className="pl-reader-open">
        {t('readerOpenFile')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onOpenFile(file);
            event.target.value = '';
          }}
        />
      </label>
      {title && <span className="pl-reader-title">{title}</span>}
      {open && (
        <>
          <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 0} aria-label={t('readerPrevious')}>
            ‹
          </button>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const n = Number.parseInt(pageInput, 10);
              if (Number.isFinite(n)) onPage(n - 1);
            }}
          >
            <label>
              {t('readerPage')} <input className="pl-reader-page" inputMode="numeric" value={pageInput} onChange={(e) => setPageInput(e.target.value)} />
            </label>{' '}
            <span>{t('readerPageCount', String(pageCount))}</span>
          </form>
          <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1} aria-label={t('readerNext')}>
            ›
          </button>
          <button type="button" onClick={() => onZoom(zoom / ZOOM_STEP)} aria-label={t('readerZoomOut')}>
            −
          </button>
          <span className="pl-reader-zoom">{Math.round(zoom * 100)}%</span>
          <button type="button" onClick={() => onZoom(zoom * ZOOM_STEP)} aria-label={t('readerZoomIn')}>
            +
          </button>
          <form
            className="pl-reader-find"
            onSubmit={(event) => {
              event.preventDefault();
              if (query && query === searched && findCount) onFindNext(false);
              else {
                setSearched(query);
                onFind(query);
              }
            }}
          >
            <input
              type="search"
              aria-label={t('readerFind')}
              placeholder={t('readerFind')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && e.shiftKey && query === searched && findCount) {
                  e.preventDefault();
                  onFindNext(true);
                }
              }}
            />
            <button type="button" onClick={() => onFindNext(false)} disabled={!findCount} aria-label={t('readerFindNext')}>
              ↓
            </button>
            {findCount !== null && <span role="status">{findCount ? `${findIndex + 1} / ${t('readerFindCount', String(findCount))}` : t('readerFindNone')}</span>}
          </form>
          {onAddToLibrary && (
            <button type="button" onClick={onAddToLibrary}>
              {t('readerAddToLibrary')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
