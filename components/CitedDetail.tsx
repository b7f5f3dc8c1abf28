import type { CitedView } from '@/lib/store/views';
import { t } from './i18n';

/** A document the corpus cites but does not hold: what is known of it, and who cites it. */
export function CitedDetail({ view, titleId, onOpenDocument }: { view: CitedView; titleId?: string; onOpenDocument: (documentId: string) => void }) {
  const { cited, citingDocuments } = view;
  return (
    <article className="pl-cited" data-cited-id={cited.id}>
      <h2 id={titleId} className="pl-title">
        {cited.title ? `《${cited.title}》` : cited.docNumber}
      </h2>
      <p className="pl-muted">{t('citedNotHeld')}</p>
      <dl className="pl-meta">
        <dt>{t('metaDocNumber')}</dt>
        <dd>{cited.docNumber ?? t('unknown')}</dd>
      </dl>
      <h3>{t('citedBy')}</h3>
      <ul>
        {citingDocuments.map((d) => (
          <li key={d.id}>
            <button type="button" className="pl-link" onClick={() => onOpenDocument(d.id)}>
              《{d.titleSimplified}》
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
