import type { PolicyDocument } from '@/lib/corpus/schema';
import type { ConvertFn, Script } from '@/lib/script';
import { validityOf } from '@/lib/validity';
import { t } from './i18n';
import { LEVEL_KEY, VALIDITY_KEY } from './levels';
import { useConverted } from './useConverted';

interface MetaProps {
  document: PolicyDocument;
  today: string;
  script: Script;
  convert: ConvertFn;
  /** One line under a clause (the clause comes first); the full list on a document's page. */
  compact?: boolean;
}

export function DocumentMeta({ document, today, script, convert, compact = false }: MetaProps) {
  const status = validityOf(document, today);
  const period = document.effectiveFrom || document.effectiveTo ? `${document.effectiveFrom ?? '…'} – ${document.effectiveTo ?? '…'}` : document.validityNote;
  const [docNumber, issuers, region, periodText] = useConverted(
    [document.docNumber ?? '', document.issuers.join('、'), document.region, period ?? ''],
    script,
    convert,
  );
  const date = document.issued ?? document.published;
  const validity = (
    <span className={`pl-validity pl-validity-${status}`} data-validity={status}>
      {t(VALIDITY_KEY[status])}
    </span>
  );
  if (compact) {
    // Validity first (已失效 is what a reader most needs to see), then what identifies the
    // document; issuers already named at the head of the title are not repeated.
    const line = [docNumber, document.title.startsWith(document.issuers.join('、')) ? '' : issuers, date].filter(Boolean);
    return (
      <p className="pl-meta-line" title={[t(VALIDITY_KEY[status]), periodText, ...line].filter(Boolean).join(' · ')}>
        {validity}
        {line.map((part, i) => (
          <span key={i}> · {part}</span>
        ))}
      </p>
    );
  }
  return (
    <dl className="pl-meta">
      <dt>{t('metaDocNumber')}</dt>
      <dd>{docNumber || t('unknown')}</dd>
      <dt>{t('metaIssuers')}</dt>
      <dd>{issuers || t('unknown')}</dd>
      <dt>{t('metaLevel')}</dt>
      <dd>
        <span className={`pl-level pl-level-${document.level}`}>{t(LEVEL_KEY[document.level])}</span> {region}
      </dd>
      <dt>{t('metaIssued')}</dt>
      <dd>{date ?? t('unknown')}</dd>
      <dt>{t('metaValidity')}</dt>
      <dd>
        {validity}
        {periodText ? ` (${periodText})` : null}
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
