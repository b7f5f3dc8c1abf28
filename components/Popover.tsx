import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Reference } from '@/lib/detect/reference';
import type { ConvertFn, Script } from '@/lib/script';
import type { CitedView, ClauseView, DocumentView } from '@/lib/store/views';
import { todayIso } from '@/lib/validity';
import type { PolicyDocument } from '@/lib/corpus/schema';
import { CandidateList } from './CandidateList';
import { CitedDetail } from './CitedDetail';
import { ClauseDetail } from './ClauseDetail';
import { DocumentDetail } from './DocumentDetail';
import { t, uiLanguageTag } from './i18n';
import { useThemeSetting } from './theme-setting';

export type PopoverTarget = { kind: 'clause'; id: string } | { kind: 'document'; id: string } | { kind: 'cited'; id: string } | { kind: 'unknown'; docNumber: string };

export type LibraryTarget = Extract<PopoverTarget, { kind: 'clause' | 'document' }>;

export type PopoverContent = { kind: 'clause'; view: ClauseView } | { kind: 'document'; view: DocumentView } | { kind: 'cited'; view: CitedView } | { kind: 'unknown'; docNumber: string } | { kind: 'missing' };

/** What a reference opens: one target, or look-alike documents for the reader to choose from. */
export type ShownTarget = PopoverTarget | { kind: 'candidates'; ids: string[] };

type ShownContent = PopoverContent | { kind: 'candidates'; documents: PolicyDocument[] };

export function targetOf(reference: Reference): ShownTarget {
  if (reference.candidates) return { kind: 'candidates', ids: reference.candidates };
  if (reference.clauseId) return { kind: 'clause', id: reference.clauseId };
  if (reference.documentId) return { kind: 'document', id: reference.documentId };
  if (reference.citedId) return { kind: 'cited', id: reference.citedId };
  return { kind: 'unknown', docNumber: reference.docNumber ?? reference.text };
}

export interface PopoverProps {
  target: ShownTarget;
  load: (target: PopoverTarget) => Promise<PopoverContent>;
  script: Script;
  onScriptChange: (script: Script) => void;
  convert: ConvertFn;
  onOpenLibrary: (target: LibraryTarget) => void;
  onClose: () => void;
  /** Detects references in the library's texts shown here, to make them links. */
  findReferences?: (text: string) => Reference[];
}

const TITLE_ID = 'pl-popover-title';

const keyOf = (target: ShownTarget) => JSON.stringify(target);

/**
 * The in-page explanation of one reference; navigation inside it stays in the popover, with a
 * Back button to the measure the reader came from. The view on screen stays until the next one
 * has loaded, so a pressed control (a script, an entry) keeps the focus it has.
 */
export function Popover({ target: initial, load, script, onScriptChange, convert, onOpenLibrary, onClose, findReferences }: PopoverProps) {
  const [history, setHistory] = useState<ShownTarget[]>([initial]);
  const target = history[history.length - 1]!;
  const [content, setContent] = useState<{ key: string; content: ShownContent } | null>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const initialKey = keyOf(initial);
  // A host re-rendering with an equal target (a new object) is not a new reference.
  useEffect(() => setHistory([initial]), [initialKey]);
  const key = keyOf(target);
  const theme = useThemeSetting();
  useEffect(() => {
    let live = true;
    void (target.kind === 'candidates' ? loadCandidates(target.ids, load) : load(target)).then((c) => live && setContent({ key, content: c }));
    return () => {
      live = false;
    };
  }, [key, load]);
  const navigated = useRef(false);
  useEffect(() => {
    // After following a link inside the popover the link is gone: focus goes to Back (or the
    // popover itself, back at the start), never to the page.
    if (navigated.current && content?.key === key) {
      navigated.current = false;
      (backRef.current ?? rootRef.current)?.focus();
    }
  }, [content, key]);
  const go = (next: PopoverTarget) => {
    navigated.current = true;
    setHistory((h) => [...h, next]);
  };
  const back = () => {
    navigated.current = true;
    setHistory((h) => (h.length > 1 ? h.slice(0, -1) : h));
  };

  const common = {
    today: todayIso(),
    script,
    onScriptChange,
    convert,
    titleId: TITLE_ID,
    onOpenClause: (id: string) => go({ kind: 'clause', id }),
    onOpenDocument: (id: string) => go({ kind: 'document', id }),
    onOpenCited: (id: string) => go({ kind: 'cited', id }),
    findReferences,
  };
  const shown = content?.content;
  let body: ReactNode;
  if (!shown) body = <p className="pl-muted" id={TITLE_ID}>{t('loading')}</p>;
  else if (shown.kind === 'clause') body = <ClauseDetail view={shown.view} {...common} />;
  else if (shown.kind === 'document') body = <DocumentDetail view={shown.view} {...common} />;
  else if (shown.kind === 'candidates') body = <CandidateList documents={shown.documents} titleId={TITLE_ID} onChoose={common.onOpenDocument} t={t} />;
  else if (shown.kind === 'cited') body = <CitedDetail view={shown.view} titleId={TITLE_ID} onOpenDocument={common.onOpenDocument} />;
  else if (shown.kind === 'unknown')
    body = (
      <>
        <h2 id={TITLE_ID} className="pl-title">
          {shown.docNumber}
        </h2>
        <p className="pl-muted">{t('unknownDocNumber')}</p>
      </>
    );
  else body = <p id={TITLE_ID}>{t('notFound')}</p>;

  return (
    <div role="dialog" aria-labelledby={TITLE_ID} aria-busy={!shown} className="pl-root pl-popover" ref={rootRef} tabIndex={-1} data-theme={theme === 'system' ? undefined : theme} lang={uiLanguageTag()}>
      <div className="pl-popover-bar">
        {history.length > 1 ? (
          <button type="button" ref={backRef} className="pl-popover-back" onClick={back}>
            ← {t('back')}
          </button>
        ) : null}
        {target.kind === 'clause' || target.kind === 'document' ? (
          <button type="button" onClick={() => onOpenLibrary(target)}>
            {t('openInLibrary')}
          </button>
        ) : null}
        <button type="button" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {body}
    </div>
  );
}

/** The look-alike documents the library still holds, each through the ordinary document load. */
async function loadCandidates(ids: string[], load: PopoverProps['load']): Promise<ShownContent> {
  const loaded = await Promise.all(ids.map((id) => load({ kind: 'document', id })));
  return { kind: 'candidates', documents: loaded.flatMap((c) => (c.kind === 'document' ? [c.view.document] : [])) };
}
