import type { ConvertFn, Script } from '@/lib/script';
import type { DocumentLink } from '@/lib/store/views';
import { t, type MessageKey } from './i18n';
import { useConverted } from './useConverted';

/**
 * Only an implementing (or approving) relation makes a document 上位 or 下位 to another; a
 * document that merely mentions another cites it (引用 / 被引用).
 */
function labelOf(link: DocumentLink): MessageKey {
  if (link.relation.kind === 'implements') return link.direction === 'upper' ? 'linkUpper' : 'linkLower';
  return link.direction === 'upper' ? 'linkCites' : 'linkCitedBy';
}

/** Documents this one implements, is implemented by, cites or is cited by, as the texts state. */
export function DocumentLinks({ links, onOpenDocument, script, convert }: { links: DocumentLink[]; onOpenDocument: (documentId: string) => void; script: Script; convert: ConvertFn }) {
  const titles = useConverted(
    links.map((link) => link.title),
    script,
    convert,
  );
  if (links.length === 0) return null;
  return (
    <ul className="pl-links">
      {links.map((link, i) => (
        <li key={`${link.direction}:${link.relation.from}:${link.relation.to}`} data-relation={link.relation.kind}>
          <span className="pl-badge">{t(labelOf(link))}</span>{' '}
          {link.documentId ? (
            <button type="button" className="pl-link" onClick={() => onOpenDocument(link.documentId!)}>
              《{titles[i]}》
            </button>
          ) : (
            <span>
              《{titles[i]}》 <span className="pl-muted">{t('notInLibrary')}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
