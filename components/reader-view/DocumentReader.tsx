import { useEffect } from 'react';
import type { Clause } from '@/lib/corpus/schema';
import type { ClauseView, DocumentView } from '@/lib/store/views';
import { DocumentLinks } from '../DocumentLinks';
import { DocumentMeta } from '../DocumentMeta';
import { LinkedText } from '../LinkedText';
import { t } from '../i18n';
import { RelatedList } from '../RelatedList';
import { ScriptSwitch } from '../ScriptSwitch';
import { useConverted } from '../useConverted';
import type { ConvertFn, Script } from '@/lib/script';
import type { Reference } from '@/lib/detect/reference';

export const clauseAnchor = (clauseId: string) => `clause-${clauseId}`;

/**
 * A whole document to read: its outline on the left, the metadata card and full text with one
 * anchor per clause in the middle, and the related measures of the clause being read beside it.
 * The current clause (from a deep link or the outline) is scrolled to and marked.
 */
export function DocumentReader({
  view,
  clauses,
  current,
  today,
  clauseHref,
  onOpenClause,
  onOpenDocument,
  onOpenCited,
  findReferences,
  script,
  onScriptChange,
  convert,
}: {
  /** The reader's 简/繁 choice: the whole text is shown in it. */
  script: Script;
  onScriptChange: (script: Script) => void;
  convert: ConvertFn;
  view: DocumentView;
  clauses: Clause[];
  /** The clause being read, with its related measures; null for the document's start. */
  current: ClauseView | null;
  today: string;
  clauseHref: (clauseId: string) => string;
  onOpenClause: (clauseId: string) => void;
  onOpenDocument: (documentId: string) => void;
  onOpenCited: (citedId: string) => void;
  /** The library's detector, once built: the texts' own citations become links. */
  findReferences?: (text: string) => Reference[];
}) {
  const { document } = view;
  const [title, frontMatter, ...texts] = useConverted([document.title, document.frontMatter ?? '', ...clauses.flatMap((c) => [c.heading ?? '', bodyOf(c)])], script, convert);
  const linked = (text: string) => <LinkedText text={text} findReferences={findReferences} onOpenClause={onOpenClause} onOpenDocument={onOpenDocument} onOpenCited={onOpenCited} />;
  const currentId = current?.clause.id ?? null;
  useEffect(() => {
    const target = currentId ? globalThis.document.getElementById(clauseAnchor(currentId)) : null;
    if (target) {
      target.scrollIntoView({ block: 'start' });
      // Keyboard and screen-reader users land where the link took the eye.
      target.focus({ preventScroll: true });
    } else scrollTo(0, 0);
  }, [currentId, clauses.length]);

  return (
    <div className="pl-reader">
      <nav className="pl-reader-outline" aria-label={t('outline')}>
        <h2 className="pl-muted">{t('outline')}</h2>
        <ol>
          {view.outline.map((c) => (
            <li key={c.id} style={{ paddingInlineStart: `${(c.path.length - 1) * 0.9}em` }}>
              <a href={clauseHref(c.id)} aria-current={c.id === currentId ? 'location' : undefined}>
                {c.label} {c.heading ?? ''}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <main className="pl-reader-text" data-document-id={document.id}>
        <h1 className="pl-title">{title}</h1>
        <div className="pl-reader-card">
          <DocumentMeta document={document} today={today} script={script} convert={convert} />
          <DocumentLinks links={view.links} onOpenDocument={onOpenDocument} script={script} convert={convert} />
          <div className="pl-actions">
            <ScriptSwitch value={script} onChange={onScriptChange} />
          </div>
        </div>
        {frontMatter ? <p className="pl-front-matter">{linked(frontMatter)}</p> : null}
        {clauses.map((clause, i) => {
          const heading = texts[2 * i] ?? '';
          const body = texts[2 * i + 1] ?? '';
          const depth = Math.min(clause.path.length, 4);
          const Heading = `h${depth + 1}` as 'h2' | 'h3' | 'h4' | 'h5';
          return (
            <section
              key={clause.id}
              id={clauseAnchor(clause.id)}
              tabIndex={-1}
              className={`pl-reader-clause pl-reader-depth-${depth}${clause.id === currentId ? ' pl-reader-current' : ''}`}
              aria-current={clause.id === currentId ? 'location' : undefined}
              data-clause-id={clause.id}
            >
              <Heading className="pl-path">
                <a href={clauseHref(clause.id)}>
                  {clause.label}
                </a>{' '}
                {heading}
              </Heading>
              {body ? <p className="pl-text">{linked(body)}</p> : null}
              {clause.departments.length ? (
                <p className="pl-departments">
                  {t('departments')}: {clause.departments.join('、')}
                </p>
              ) : null}
            </section>
          );
        })}
      </main>
      <aside className="pl-reader-related" aria-label={t('relatedMeasures')}>
        <h2 className="pl-muted">{t('relatedMeasures')}</h2>
        {current ? (
          <>
            <p className="pl-reader-related-for">
              {current.clause.path.join(' › ')} {current.clause.heading ?? ''}
            </p>
            <RelatedList related={current.related} onOpenClause={onOpenClause} script={script} convert={convert} />
          </>
        ) : (
          <p className="pl-muted">{t('readerPickClause')}</p>
        )}
      </aside>
    </div>
  );
}

/** A clause's text begins with its heading, which the reader shows as the clause's heading. */
function bodyOf(clause: Clause): string {
  const { heading, text } = clause;
  return heading && text.startsWith(heading) ? text.slice(heading.length).replace(/^[。.\s]+/, '') : text;
}
