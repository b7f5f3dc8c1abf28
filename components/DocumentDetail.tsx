import type { DocumentView } from '@/lib/store/views';
import { formatCitation, formatGbt7714, onlineSourceOf } from '@/lib/citation';
import type { DetailHostProps } from './ClauseDetail';
import { CopyButton } from './CopyButton';
import { DocumentLinks } from './DocumentLinks';
import { DocumentMeta } from './DocumentMeta';
import { LinkedText } from './LinkedText';
import { t } from './i18n';
import { ScriptSwitch } from './ScriptSwitch';
import { useConverted } from './useConverted';

/** A document's metadata and clickable outline, each entry labelled once, as printed. */
export function DocumentDetail({ view, today, script, onScriptChange, convert, onOpenClause, onOpenDocument, onOpenCited, titleId, findReferences }: DetailHostProps & { view: DocumentView }) {
  const { document, outline } = view;
  const [title, citation, reference, frontMatter, ...entries] = useConverted(
    [
      document.title,
      formatCitation({ document, clause: null }),
      formatGbt7714({ document, online: onlineSourceOf(document) }),
      document.frontMatter ?? '',
      ...outline.map((c) => [c.label, c.heading].filter(Boolean).join(' ')),
    ],
    script,
    convert,
  );
  return (
    <article className="pl-document" data-document-id={document.id}>
      <h2 id={titleId} className="pl-title">
        {title}
      </h2>
      <DocumentMeta document={document} today={today} script={script} convert={convert} />
      <div className="pl-actions">
        <ScriptSwitch value={script} onChange={onScriptChange} />
        <CopyButton text={citation!} />
        <CopyButton text={reference!} label={t('copyGbt')} />
      </div>
      <DocumentLinks links={view.links} onOpenDocument={onOpenDocument} script={script} convert={convert} />
      {frontMatter ? (
        <p className="pl-front-matter">
          <LinkedText text={frontMatter} findReferences={findReferences} onOpenClause={onOpenClause} onOpenDocument={onOpenDocument} onOpenCited={onOpenCited} />
        </p>
      ) : null}
      <h3>{t('outline')}</h3>
      {/* The printed labels number the entries: the list adds no numbers of its own. */}
      <ul className="pl-outline" style={{ listStyle: 'none', paddingInlineStart: 0 }}>
        {outline.map((c, i) => (
          <li key={c.id} style={{ marginInlineStart: `${c.path.length - 1}em` }}>
            <button type="button" className="pl-link" onClick={() => onOpenClause(c.id)}>
              {entries[i]}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
