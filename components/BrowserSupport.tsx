import { t } from './i18n';

/**
 * The page features references and notes are drawn with, checked in the popup (the same
 * engine as the pages): where one is missing the popup says so instead of the pages staying
 * silently bare. Firefox before 140 lacks the Custom Highlight API; `caretPositionFromPoint`
 * finds what lies under the pointer where `highlightsFromPoint` is missing.
 */
export function missingPageFeatures(css: unknown = globalThis.CSS, doc: unknown = globalThis.document): string[] {
  const missing: string[] = [];
  if (!(css && typeof css === 'object' && 'highlights' in css)) missing.push('CSS Custom Highlight API');
  if (!(doc && typeof (doc as Document).caretPositionFromPoint === 'function')) missing.push('document.caretPositionFromPoint');
  return missing;
}

export function BrowserSupport() {
  const missing = missingPageFeatures();
  if (missing.length === 0) return null;
  return (
    <p role="alert" className="pl-notice">
      {t('unsupportedBrowser', missing.join(', '))}
    </p>
  );
}
