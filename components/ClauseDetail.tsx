import type { ClauseView } from '@/lib/store/views';
import type { ConvertFn, Script } from '@/lib/script';
import { formatCitation, formatGbt7714, onlineSourceOf } from '@/lib/citation';
import { CopyButton } from './CopyButton';
import { DocumentLinks } from './DocumentLinks';
import { DocumentMeta } from './DocumentMeta';
import { t } from './i18n';
import { RelatedList } from './RelatedList';
import { ScriptSwitch } from './ScriptSwitch';
import { useConverted } from './useConverted';
import { LinkedText } from './LinkedText';
import type { Reference } from '@/lib/detect/reference';

/** What the clause and document views need from their host (popup, library page, popover). */
export interface DetailHostProps {
  today: string;
  script: Script;
  onScriptChange: (script: Script) => void;
  convert: ConvertFn;
  onOpenClause: (clauseId: string) => void;
  onOpenDocument: (documentId: string) => void;
  /** Opens what is known of a document the library only cites; without it such citations stay plain. */
  onOpenCited?: (citedId: string) => void;
  /** id of the title element, for the host dialog's aria-labelledby. */
  titleId?: string;
  /** The host's detector (its matcher), which makes the clause text's own citations links. */
  findReferences?: (text: string) => Reference[];
}

/** The clause text first, then its document in one line (validity included), then where it leads. */
export function ClauseDetail({ view, today, script, onScriptChange, convert, onOpenClause, onOpenDocument, onOpenCited, titleId, findReferences }: DetailHostProps & { view: ClauseView }) {
  const { clause, document } = view;
  const [title, heading, text, departments, citation, reference] = useConverted(
    [
      document.title,
      clause.heading ?? '',
      clause.text,
      clause.departments.join('、'),
      formatCitation({ document, clause }),
      formatGbt7714({ document, online: onlineSourceOf(document) }),
    ],
    script,
    convert,
  );
  return (
    <article className="pl-clause" data-clause-id={clause.id}>
      <h2 id={titleId} className="pl-title">
        {title}
      </h2>
      <h3 className="pl-path">
        <button type="button" className="pl-link" onClick={() => onOpenDocument(document.id)}>
          {clause.path.join(' › ')}
        </button>
        {heading ? ` ${heading}` : null}
      </h3>
      <p className="pl-text">
        <LinkedText text={withoutHeading(text ?? '', heading ?? '')} findReferences={findReferences} onOpenClause={onOpenClause} onOpenDocument={onOpenDocument} onOpenCited={onOpenCited} />
      </p>
      {departments ? (
        <p className="pl-departments">
          {t('departments')}: {departments}
        </p>
      ) : null}
      <DocumentMeta document={document} today={today} script={script} convert={convert} compact />
      <div className="pl-actions">
        <ScriptSwitch value={script} onChange={onScriptChange} />
        <CopyButton text={citation!} />
        <CopyButton text={reference!} label={t('copyGbt')} />
      </div>
      <DocumentLinks links={view.links} onOpenDocument={onOpenDocument} script={script} convert={convert} />
      <h3>{t('relatedMeasures')}</h3>
      <RelatedList related={view.related} onOpenClause={onOpenClause} script={script} convert={convert} />
    </article>
  );
}

/** Clause texts begin with their heading; the heading is already shown above the body. */
function withoutHeading(text: string, heading: string): string {
  return heading && text.startsWith(heading) ? text.slice(heading.length).replace(/^[。.\s]+/, '') : text;
}
