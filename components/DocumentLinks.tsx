import type { DocumentLink } from '@/lib/store/views';
import { t } from './i18n';

/** 上位文件 / 下位文件 stated in the texts. */
export function DocumentLinks({ links, onOpenDocument }: { links: DocumentLink[]; onOpenDocument: (documentId: string) => void }) {
  if (links.length === 0) return null;
  return (
    <ul className="pl-links">
      {links.map((link) => (
        <li key={`${link.direction}:${link.relation.from}:${link.relation.to}`}>
          <span className="pl-badge">{t(link.direction === 'upper' ? 'linkUpper' : 'linkLower')}</span>{' '}
          {link.documentId ? (
            <button type="button" className="pl-link" onClick={() => onOpenDocument(link.documentId!)}>
              《{link.title}》
            </button>
          ) : (
            <span>
              《{link.title}》 <span className="pl-muted">{t('notInLibrary')}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
