import { useState } from 'react';
import { t } from './i18n';

/**
 * 导入文档: a file (.html/.htm/.txt/.pdf) or pasted text. Reading and parsing happen in the
 * page's glue; this only collects the input and shows what went wrong.
 */
export function LibraryImport({ busy, error, onFile, onPaste, onPackFile, onExportPack }: { busy: boolean; error: string | null; onFile: (file: File) => void; onPaste: (text: string) => void; onPackFile: (file: File) => void; onExportPack: () => void }) {
  const [pasted, setPasted] = useState('');
  return (
    <section className="pl-import" aria-labelledby="pl-import-title">
      <h2 id="pl-import-title">{t('importTitle')}</h2>
      <label className="pl-import-file">
        {t('importTitle')}{' '}
        <input
          type="file"
          accept=".html,.htm,.txt,.pdf,text/html,text/plain,application/pdf"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <p className="pl-muted">{t('importFileHint')}</p>
      <label htmlFor="pl-import-paste">{t('importPasteLabel')}</label>
      <textarea id="pl-import-paste" rows={4} style={{ width: '100%' }} value={pasted} disabled={busy} onChange={(e) => setPasted(e.currentTarget.value)} />
      <div className="pl-actions">
        <button type="button" disabled={busy || pasted.trim().length === 0} onClick={() => onPaste(pasted)}>
          {t('importPasteRead')}
        </button>
        <button type="button" disabled={busy} onClick={onExportPack}>
          {t('exportPack')}
        </button>
        <label className="pl-import-file">
          {t('importPack')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) onPackFile(file);
            }}
          />
        </label>
      </div>
      {busy ? <p className="pl-muted">{t('importReading')}</p> : null}
      {error ? (
        <p role="alert" className="pl-import-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
