// How a document the reader added is marked in a document list (its source, date and delete
// button), one piece for the popup's library tab and the library page's reader list.
import type { PolicyDocument } from '@/lib/corpus/schema';
import { t } from './i18n';

export function UserAddedFacts({ document, onDelete, separated = false }: { document: PolicyDocument; onDelete?: (documentId: string) => void; separated?: boolean }) {
  if (!document.added) return null;
  return (
    <span className="pl-muted pl-user-added">
      {separated ? <>{' '}· </> : null}
      <strong>{t('userAdded')}</strong> · {t('addedFrom', document.added.source)} · {document.added.at.slice(0, 10)}
      {onDelete ? (
        <>
          {' '}
          <button type="button" className="pl-link" aria-label={`${t('deleteDocument')} ${document.titleSimplified}`} onClick={() => onDelete(document.id)}>
            {t('deleteDocument')}
          </button>
        </>
      ) : null}
    </span>
  );
}
