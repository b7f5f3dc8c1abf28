import type { ConvertFn, Script } from '@/lib/script';
import type { RelatedView } from '@/lib/store/views';
import { t } from './i18n';
import { LEVEL_KEY, LEVELS } from './levels';
import { useConverted } from './useConverted';

interface RelatedListProps {
  related: RelatedView[];
  onOpenClause: (clauseId: string) => void;
  script: Script;
  convert: ConvertFn;
}

/** Related clauses grouped by government level, each with its one-line reason, in the reader's script. */
export function RelatedList({ related, onOpenClause, script, convert }: RelatedListProps) {
  // Titles as printed (a 繁體 national plan stays 繁體 in 原文), converted like everything else.
  const texts = useConverted(
    related.flatMap((r) => [r.document.title, r.clause.heading ?? '', r.reason.text]),
    script,
    convert,
  );
  if (related.length === 0) return <p className="pl-muted">{t('relatedNone')}</p>;
  const shown = related.map((r, i) => ({ r, title: texts[3 * i], heading: texts[3 * i + 1], reason: texts[3 * i + 2] }));
  return (
    <>
      {LEVELS.map((level) => {
        const items = shown.filter(({ r }) => r.document.level === level);
        if (items.length === 0) return null;
        return (
          <section key={level} aria-label={t(LEVEL_KEY[level])} className="pl-related-group">
            <h4>{t(LEVEL_KEY[level])}</h4>
            <ul>
              {items.map(({ r, title, heading, reason }) => (
                <li key={r.clause.id}>
                  <button type="button" className="pl-link pl-related-link" onClick={() => onOpenClause(r.clause.id)}>
                    <span className="pl-related-doc">《{title}》</span>
                    <span>
                      {r.clause.path.join(' ')}
                      {heading ? ` ${heading}` : ''}
                    </span>
                  </button>
                  <div className="pl-reason">{reason}</div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
