import { useEffect, useState, type ReactNode } from 'react';
import type { Reference } from '@/lib/detect/reference';
import type { ConvertFn, Script } from '@/lib/script';
import type { CitedView, ClauseView, DocumentView } from '@/lib/store/views';
import { todayIso } from '@/lib/validity';
import { CitedDetail } from './CitedDetail';
import { ClauseDetail } from './ClauseDetail';
import { DocumentDetail } from './DocumentDetail';
import { t, uiLanguageTag } from './i18n';
import { useThemeSetting } from './appearance';

export type PopoverTarget = { kind: 'clause'; id: string } | { kind: 'document'; id: string } | { kind: 'cited'; id: string } | { kind: 'unknown'; docNumber: string };

export type LibraryTarget = Extract<PopoverTarget, { kind: 'clause' | 'document' }>;

export type PopoverContent = { kind: 'clause'; view: ClauseView } | { kind: 'document'; view: DocumentView } | { kind: 'cited'; view: CitedView } | { kind: 'unknown'; docNumber: string } | { kind: 'missing' };

export function targetOf(reference: Reference): PopoverTarget {
  if (reference.clauseId) return { kind: 'clause', id: reference.clauseId };
  if (reference.documentId) return { kind: 'document', id: reference.documentId };
  if (reference.citedId) return { kind: 'cited', id: reference.citedId };
  return { kind: 'unknown', docNumber: reference.docNumber ?? reference.text };
}

export interface PopoverProps {
  target: PopoverTarget;
  load: (target: PopoverTarget) => Promise<PopoverContent>;
  script: Script;
  onScriptChange: (script: Script) => void;
  convert: ConvertFn;
  onOpenLibrary: (target: LibraryTarget) => void;
  onClose: () => void;
}

const TITLE_ID = 'pl-popover-title';

/** The in-page explanation of one reference; navigation inside it stays in the popover. */
export function Popover({ target: initial, load, script, onScriptChange, convert, onOpenLibrary, onClose }: PopoverProps) {
  const [target, setTarget] = useState(initial);
  const theme = useThemeSetting();
  const [content, setContent] = useState<PopoverContent | null>(null);
  useEffect(() => setTarget(initial), [initial]);
  useEffect(() => {
    let live = true;
    setContent(null);
    void load(target).then((c) => live && setContent(c));
    return () => {
      live = false;
    };
  }, [target, load]);

  const common = {
    today: todayIso(),
    script,
    onScriptChange,
    convert,
    titleId: TITLE_ID,
    onOpenClause: (id: string) => setTarget({ kind: 'clause', id }),
    onOpenDocument: (id: string) => setTarget({ kind: 'document', id }),
  };
  let body: ReactNode;
  if (!content) body = <p className="pl-muted" id={TITLE_ID}>{t('loading')}</p>;
  else if (content.kind === 'clause') body = <ClauseDetail view={content.view} {...common} />;
  else if (content.kind === 'document') body = <DocumentDetail view={content.view} {...common} />;
  else if (content.kind === 'cited') body = <CitedDetail view={content.view} titleId={TITLE_ID} onOpenDocument={common.onOpenDocument} />;
  else if (content.kind === 'unknown')
    body = (
      <>
        <h2 id={TITLE_ID} className="pl-title">
          {content.docNumber}
        </h2>
        <p className="pl-muted">{t('unknownDocNumber')}</p>
      </>
    );
  else body = <p id={TITLE_ID}>{t('notFound')}</p>;

  return (
    <div role="dialog" aria-labelledby={TITLE_ID} className="pl-root pl-popover" data-theme={theme === 'system' ? undefined : theme} lang={uiLanguageTag()}>
      <div className="pl-popover-bar">
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
