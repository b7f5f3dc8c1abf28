import type { RelatedView } from '@/lib/store/views';
import { t } from './i18n';
import { LEVEL_KEY, LEVELS } from './levels';

/** Related clauses grouped by government level, each with its one-line reason. */
export function RelatedList({ related, onOpenClause }: { related: RelatedView[]; onOpenClause: (clauseId: string) => void }) {
  if (related.length === 0) return <p className="pl-muted">{t('relatedNone')}</p>;
  return (
    <>
      {LEVELS.map((level) => {
        const items = related.filter((r) => r.document.level === level);
        if (items.length === 0) return null;
        return (
          <section key={level} aria-label={t(LEVEL_KEY[level])} className="pl-related-group">
            <h4>{t(LEVEL_KEY[level])}</h4>
            <ul>
              {items.map((r) => (
                <li key={r.clause.id}>
                  <button type="button" className="pl-link pl-related-link" onClick={() => onOpenClause(r.clause.id)}>
                    <span className="pl-related-doc">《{r.document.titleSimplified}》</span>
                    <span>
                      {r.clause.path.join(' ')}
                      {r.clause.heading ? ` ${r.clause.heading}` : ''}
                    </span>
                  </button>
                  <div className="pl-reason">{r.reason.text}</div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
