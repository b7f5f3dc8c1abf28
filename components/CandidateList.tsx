import type { PolicyDocument } from '@/lib/corpus/schema';
import type { MessageKey } from './i18n';
import { LEVEL_KEY } from './levels';

/**
 * Look-alike documents a reference may name (the same title from different cities) when the
 * page does not say which: each with its issuer, level and date, for the reader to choose.
 * Detection never picks one silently, so this list is what the popover shows instead.
 */
export function CandidateList({ documents, titleId, onChoose, t }: { documents: PolicyDocument[]; titleId: string; onChoose: (documentId: string) => void; t: (key: MessageKey) => string }) {
  return (
    <>
      <h2 id={titleId} className="pl-title">
        {t('candidatesTitle')}
      </h2>
      <p className="pl-muted">{t('candidatesHint')}</p>
      <ul className="pl-candidates">
        {documents.map((document) => (
          <li key={document.id}>
            <button type="button" className="pl-link" onClick={() => onChoose(document.id)}>
              {document.title}
            </button>
            <span className="pl-muted">
              {' '}
              {document.issuers.length ? document.issuers.join('、') : t('unknown')} · {t(LEVEL_KEY[document.level])}
              {document.region ? ` · ${document.region}` : ''} · {document.issued ?? document.published ?? t('unknown')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
