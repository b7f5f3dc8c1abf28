import type { ParsedDocument } from '@/lib/corpus/parse-text';
import type { Level } from '@/lib/corpus/schema';
import { t } from './i18n';
import { LEVEL_KEY, LEVELS } from './levels';

/** The preview's editable fields; level and region may still be unknown. */
export interface PreviewFields {
  title: string;
  docNumber: string | null;
  issuers: string[];
  level: Level | null;
  region: string | null;
  issued: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface DuplicateChoice {
  title: string;
  userAdded: boolean;
}

const KIND_LABEL: Record<string, string> = { annex: '附件', part: '第X编', chapter: '第X章', division: '第X节', article: '第X条', section: '一、', paren: '(一)', item: '1.', subitem: '(1)', circled: '①' };
const MAX_OUTLINE = 300;

/**
 * What an added document will be, before anything is stored: its facts (editable; inferred
 * ones marked), the clause outline with counts, every repair and doubt, and the choices a
 * duplicate or an unnumbered text needs. 保存到文库 is the only way in.
 */
export function LibraryPreview({ parsed, fields, source, duplicate, saving, error, onFields, onSave, onMerge, onCancel }: { parsed: ParsedDocument; fields: PreviewFields; source: string; duplicate: DuplicateChoice | null; saving: boolean; error: string | null; onFields: (fields: PreviewFields) => void; onSave: (mode: 'new' | 'replace') => void; onMerge: () => void; onCancel: () => void }) {
  const set = <K extends keyof PreviewFields>(key: K, value: PreviewFields[K]) => onFields({ ...fields, [key]: value });
  const text = (key: 'title' | 'docNumber' | 'region' | 'issued' | 'effectiveFrom' | 'effectiveTo', label: string, type = 'text') => (
    <label className="pl-field">
      <span>
        {label}
        {(key === 'region' && parsed.inferred.includes('region')) ? <em className="pl-muted"> ({t('fieldInferred')})</em> : null}
      </span>
      <input type={type} aria-label={label} value={fields[key] ?? ''} onChange={(e) => set(key, e.currentTarget.value.trim() === '' && key !== 'title' ? null : e.currentTarget.value)} />
    </label>
  );
  const ready = fields.title.trim() !== '' && fields.level !== null && (fields.region ?? '').trim() !== '';
  const counts = Object.entries(parsed.counts).map(([kind, n]) => `${KIND_LABEL[kind] ?? kind} ×${n}`);
  return (
    <section className="pl-preview" aria-labelledby="pl-preview-title">
      <h2 id="pl-preview-title">{t('previewTitle')}</h2>
      <p className="pl-muted">{source}</p>
      <div className="pl-fields">
        {text('title', t('fieldTitle'))}
        {text('docNumber', t('fieldDocNumber'))}
        <label className="pl-field">
          <span>{t('fieldIssuers')}</span>
          <input aria-label={t('fieldIssuers')} value={fields.issuers.join('、')} onChange={(e) => set('issuers', e.currentTarget.value.split(/[、,，]/).map((s) => s.trim()).filter(Boolean))} />
        </label>
        <label className="pl-field">
          <span>
            {t('fieldLevel')}
            {parsed.inferred.includes('level') ? <em className="pl-muted"> ({t('fieldInferred')})</em> : null}
          </span>
          <select aria-label={t('fieldLevel')} value={fields.level ?? ''} onChange={(e) => set('level', (e.currentTarget.value || null) as Level | null)}>
            <option value="">{t('levelUnknown')}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(LEVEL_KEY[level])}
              </option>
            ))}
          </select>
        </label>
        {text('region', t('fieldRegion'))}
        {text('issued', t('fieldIssued'), 'date')}
        {text('effectiveFrom', t('fieldEffectiveFrom'), 'date')}
        {text('effectiveTo', t('fieldEffectiveTo'), 'date')}
      </div>
      {parsed.document.validityNote ? <p className="pl-muted">{parsed.document.validityNote}</p> : null}

      <h3>{t('previewOutline', String(parsed.clauses.length))}</h3>
      {counts.length ? <p className="pl-muted">{counts.join(' · ')}</p> : null}
      <ol className="pl-outline" aria-label={t('previewOutline', String(parsed.clauses.length))}>
        {parsed.clauses.slice(0, MAX_OUTLINE).map((c) => (
          <li key={c.id} style={{ paddingInlineStart: `${(c.path.length - 1) * 1.2}em`, listStyle: 'none' }}>
            {c.label} {c.heading ?? <span className="pl-muted">{c.text.slice(0, 40)}</span>}
          </li>
        ))}
      </ol>
      {parsed.quality.length ? (
        <>
          <h3>{t('previewRepairs')}</h3>
          <ul className="pl-quality">
            {parsed.quality.map((q, i) => (
              <li key={i}>
                <strong>[{q.kind}]</strong> {q.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {!parsed.structured ? (
        <p role="status" className="pl-warning">
          {t('previewNoStructure')}
        </p>
      ) : null}
      {duplicate ? (
        <div role="alert" className="pl-warning">
          <p>{t('duplicateFound', duplicate.title)}</p>
          <div className="pl-actions">
            {duplicate.userAdded ? (
              <button type="button" disabled={saving} onClick={() => onSave('replace')}>
                {t('duplicateReplace')}
              </button>
            ) : null}
            <button type="button" disabled={saving} onClick={onMerge}>
              {t('duplicateMerge')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="pl-actions">
          <button type="button" disabled={!ready || saving} onClick={() => onSave('new')}>
            {parsed.structured ? t('saveToLibrary') : t('saveAsOneUnit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      )}
      {error ? (
        <p role="alert" className="pl-import-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
