import type { PolicyDocument } from '@/lib/corpus/schema';
import type { PageReference } from '@/lib/page-references';
import { t } from './i18n';

/**
 * 本页引用: the references of the page the popup was opened over, in page order; each opens
 * its popover in the page, so references outside links are reachable from the keyboard too.
 */
export function PageReferencesList({
  references,
  documents,
  onOpen,
}: {
  /** null while asking; 'unavailable' on pages without detection (extension pages, paused sites). */
  references: readonly PageReference[] | null | 'unavailable';
  documents: readonly PolicyDocument[] | undefined;
  onOpen: (index: number) => void;
}) {
  if (references === null) return <p className="pl-muted">{t('loading')}</p>;
  if (references === 'unavailable') return <p className="pl-muted">{t('pageReferencesUnavailable')}</p>;
  if (references.length === 0) return <p className="pl-muted">{t('pageReferencesNone')}</p>;
  const titles = new Map(documents?.map((d) => [d.id, d.titleSimplified]));
  return (
    <ol className="pl-page-references">
      {references.map((reference, i) => {
        const title = reference.documentId ? titles.get(reference.documentId) : undefined;
        return (
          <li key={i}>
            <button type="button" className="pl-link" onClick={() => onOpen(i)}>
              {reference.text}
            </button>
            {title && title !== reference.text.replace(/^《|》$/g, '') ? <span className="pl-muted"> 《{title}》</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
