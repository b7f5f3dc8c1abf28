import { useEffect, useState } from 'react';
import { isPdfAddress, originPattern, readerPathFor } from '@/lib/pdf/reader-link';
import { t } from '../i18n';

/**
 * The popup's "Open in reader" button, shown when the active tab shows a PDF (the browser's
 * own viewer runs no content script). The host permission for that one site is asked for on
 * the click, which is the gesture the browser requires; refused, the reader says what is missing.
 */
export function OpenInReader() {
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setAddress(isPdfAddress(tab?.url) ? tab!.url! : null));
  }, []);
  if (!address) return null;
  return (
    <button
      type="button"
      className="pl-open-in-reader"
      onClick={async () => {
        await browser.permissions.request({ origins: [originPattern(address)] }).catch(() => false);
        await browser.tabs.create({ url: browser.runtime.getURL(readerPathFor(address) as '/reader.html') });
        window.close();
      }}
    >
      {t('readerOpenInReader')}
    </button>
  );
}
