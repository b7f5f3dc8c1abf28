import { useState } from 'react';
import { t } from '../i18n';

/** What the reader tells about the opened PDF, one message at a time. */
export type Notice =
  | { kind: 'empty' }
  | { kind: 'opening' }
  | { kind: 'reading'; page: number; pageCount: number }
  | { kind: 'references'; count: number }
  | { kind: 'scanned' }
  | { kind: 'corrupt' }
  | { kind: 'encrypted' }
  | { kind: 'password'; wrong: boolean; onSubmit: (password: string) => void; onCancel: () => void }
  | { kind: 'fetch-failed'; detail: string }
  | { kind: 'permission'; origin: string; onGrant: () => void };

const ALERTS = new Set<Notice['kind']>(['scanned', 'corrupt', 'encrypted', 'fetch-failed']);

export function ReaderNotice({ notice }: { notice: Notice }) {
  const role = ALERTS.has(notice.kind) ? 'alert' : 'status';
  return (
    <div className={`pl-reader-notice pl-reader-notice-${notice.kind}`} role={role}>
      <NoticeBody notice={notice} />
    </div>
  );
}

function NoticeBody({ notice }: { notice: Notice }) {
  switch (notice.kind) {
    case 'empty':
      return <p>{t('readerDropHint')}</p>;
    case 'opening':
      return <p>{t('readerOpening')}</p>;
    case 'reading':
      return <p>{t('readerReadingText', `${notice.page} / ${notice.pageCount}`)}</p>;
    case 'references':
      return <p>{notice.count ? t('readerReferences', String(notice.count)) : t('readerNoReferences')}</p>;
    case 'scanned':
      return <p>{t('readerScanned')}</p>;
    case 'corrupt':
      return <p>{t('readerCorrupt')}</p>;
    case 'encrypted':
      return <p>{t('readerEncrypted')}</p>;
    case 'password':
      return <PasswordForm wrong={notice.wrong} onSubmit={notice.onSubmit} onCancel={notice.onCancel} />;
    case 'fetch-failed':
      return <p>{t('readerFetchFailed', notice.detail)}</p>;
    case 'permission':
      return (
        <p>
          {t('readerPermission', notice.origin)}{' '}
          <button type="button" onClick={notice.onGrant}>
            {t('readerPermissionGrant')}
          </button>
        </p>
      );
  }
}

function PasswordForm({ wrong, onSubmit, onCancel }: { wrong: boolean; onSubmit: (password: string) => void; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
      }}
    >
      <p>{wrong ? t('readerPasswordWrong') : t('readerPasswordPrompt')}</p>
      <label>
        {t('readerPassword')} <input type="password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>{' '}
      <button type="submit">{t('readerPasswordOpen')}</button>{' '}
      <button type="button" onClick={onCancel}>
        {t('readerPasswordCancel')}
      </button>
    </form>
  );
}
