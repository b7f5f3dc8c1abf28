import { useState } from 'react';
import { t } from './i18n';

/** Copies `text` (already in the reader's script); the label says when it is done. */
export function CopyButton({ text, label = t('copyCitation') }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('copied') : label}
    </button>
  );
}
