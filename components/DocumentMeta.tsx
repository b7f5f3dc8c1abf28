import type { PolicyDocument } from '@/lib/corpus/schema';
import { validityOf } from '@/lib/validity';
import { t } from './i18n';
import { LEVEL_KEY, VALIDITY_KEY } from './levels';

export function DocumentMeta({ document, today }: { document: PolicyDocument; today: string }) {
  const status = validityOf(document, today);
  const period = document.effectiveFrom || document.effectiveTo ? `${document.effectiveFrom ?? '…'} – ${document.effectiveTo ?? '…'}` : document.validityNote;
  return (
    <dl className="pl-meta">
      <dt>{t('metaDocNumber')}</dt>
      <dd>{document.docNumber ?? t('unknown')}</dd>
      <dt>{t('metaIssuers')}</dt>
      <dd>{document.issuers.length ? document.issuers.join('、') : t('unknown')}</dd>
      <dt>{t('metaLevel')}</dt>
      <dd>
        <span className={`pl-level pl-level-${document.level}`}>{t(LEVEL_KEY[document.level])}</span> {document.region}
      </dd>
      <dt>{t('metaIssued')}</dt>
      <dd>{document.issued ?? document.published ?? t('unknown')}</dd>
      <dt>{t('metaValidity')}</dt>
      <dd>
        <span className={`pl-validity pl-validity-${status}`} data-validity={status}>
          {t(VALIDITY_KEY[status])}
        </span>
        {period ? ` (${period})` : null}
      </dd>
      {document.titleSource === 'public-reporting' ? (
        <>
          <dt>{t('metaTitleSource')}</dt>
          <dd>{t('titleFromReporting')}</dd>
        </>
      ) : null}
    </dl>
  );
}
