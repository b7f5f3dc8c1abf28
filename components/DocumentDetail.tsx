import type { DocumentView } from '@/lib/store/views';
import { formatCitation } from '@/lib/citation';
import type { DetailHostProps } from './ClauseDetail';
import { CopyButton } from './CopyButton';
import { DocumentLinks } from './DocumentLinks';
import { DocumentMeta } from './DocumentMeta';
import { t } from './i18n';
import { ScriptSwitch } from './ScriptSwitch';
import { useConverted } from './useConverted';

/** A document's metadata and clickable outline. */
export function DocumentDetail({ view, today, script, onScriptChange, convert, onOpenClause, onOpenDocument, titleId }: DetailHostProps & { view: DocumentView }) {
  const { document, outline } = view;
  const [title, ...headings] = useConverted([document.title, ...outline.map((c) => c.heading ?? '')], script, convert);
  return (
    <article className="pl-document" data-document-id={document.id}>
      <h2 id={titleId} className="pl-title">
        {title}
      </h2>
      <DocumentMeta document={document} today={today} />
      <div className="pl-actions">
        <ScriptSwitch value={script} onChange={onScriptChange} />
        <CopyButton text={formatCitation({ document, clause: null })} />
      </div>
      <DocumentLinks links={view.links} onOpenDocument={onOpenDocument} />
      <h3>{t('outline')}</h3>
      <ol className="pl-outline">
        {outline.map((c, i) => (
          <li key={c.id} style={{ marginInlineStart: `${(c.path.length - 1) * 1}em` }}>
            <button type="button" className="pl-link" onClick={() => onOpenClause(c.id)}>
              {c.label} {headings[i]}
            </button>
          </li>
        ))}
      </ol>
    </article>
  );
}
