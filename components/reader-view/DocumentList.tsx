import { useState } from 'react';
import type { LibraryEntry } from '@/lib/store/views';
import { validityOf } from '@/lib/validity';
import { t } from '../i18n';
import { UserAddedFacts } from '../UserAddedFacts';
import { LEVEL_KEY, LEVELS, VALIDITY_KEY } from '../levels';
import { filterDocuments, type DocumentFilter } from './filter';

const STATUSES = ['in-force', 'expired', 'not-yet-in-force', 'unknown'] as const;

/** The library page's list of documents, with filters; each opens in the reader by its link. */
export function DocumentList({
  entries,
  today,
  documentHref,
  onDelete,
}: {
  entries: LibraryEntry[];
  today: string;
  documentHref: (documentId: string) => string;
  /** Removes a document the reader added (the library page's import flow; it offers undo). */
  onDelete?: (documentId: string) => void;
}) {
  const [filter, setFilter] = useState<DocumentFilter>({ text: '', level: 'all', validity: 'all' });
  const shown = filterDocuments(entries, filter, today);
  return (
    <section className="pl-reader-list" aria-label={t('readerDocuments')}>
      <div className="pl-reader-filters">
        <input type="text" aria-label={t('readerFilterText')} placeholder={t('readerFilterText')} value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
        <select aria-label={t('metaLevel')} value={filter.level} onChange={(e) => setFilter({ ...filter, level: e.target.value as DocumentFilter['level'] })}>
          <option value="all">{t('readerAllLevels')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(LEVEL_KEY[level])}
            </option>
          ))}
        </select>
        <select aria-label={t('metaValidity')} value={filter.validity} onChange={(e) => setFilter({ ...filter, validity: e.target.value as DocumentFilter['validity'] })}>
          <option value="all">{t('readerAllValidity')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(VALIDITY_KEY[status])}
            </option>
          ))}
        </select>
      </div>
      <p className="pl-muted" aria-live="polite">
        {t('readerShown', [String(shown.length), String(entries.length)])}
      </p>
      <ul className="pl-reader-documents">
        {shown.map(({ document, clauseCount }) => {
          const status = validityOf(document, today);
          return (
            <li key={document.id}>
              <a className="pl-reader-document-link" href={documentHref(document.id)}>
                {document.title}
              </a>
              <div className="pl-reader-document-facts">
                <span className={`pl-level pl-level-${document.level}`}>{t(LEVEL_KEY[document.level])}</span>
                <span className={`pl-validity pl-validity-${status}`}>{t(VALIDITY_KEY[status])}</span>
                <span className="pl-muted">
                  {[document.docNumber, document.region, t('clauseCount', String(clauseCount))].filter(Boolean).join(' · ')}
                </span>
                <UserAddedFacts document={document} onDelete={onDelete} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
