import type { LibraryEntry } from '@/lib/store/views';
import { validityOf } from '@/lib/validity';
import { t } from './i18n';
import { UserAddedFacts } from './UserAddedFacts';
import { LEVEL_KEY, LEVELS, VALIDITY_KEY } from './levels';

/** The library's documents grouped by level, with clause counts; documents the user added say so, from where and when. */
export function LibraryList({ entries, today, onOpenDocument, onDelete }: { entries: LibraryEntry[]; today: string; onOpenDocument: (documentId: string) => void; onDelete?: (documentId: string) => void }) {
  return (
    <div className="pl-library">
      {LEVELS.map((level) => {
        const items = entries.filter((e) => e.document.level === level);
        if (items.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`}>
            <h2 id={`level-${level}`}>{t(LEVEL_KEY[level])}</h2>
            <ul>
              {items.map(({ document, clauseCount }) => (
                <li key={document.id}>
                  <button type="button" className="pl-link" onClick={() => onOpenDocument(document.id)}>
                    {document.titleSimplified}
                  </button>{' '}
                  <span className="pl-muted">
                    {document.docNumber ?? ''} · {t('clauseCount', String(clauseCount))} · {t(VALIDITY_KEY[validityOf(document, today)])}
                  </span>
                  <UserAddedFacts document={document} onDelete={onDelete} separated />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
