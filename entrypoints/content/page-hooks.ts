/**
 * Adds a constructed style sheet to the page; returns its removal. A constructed sheet is not
 * an inline <style>, so strict page CSPs do not block it.
 */
export function adoptStyleSheet(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * Calls `onChange` once the page's body has stopped changing for `quietMs`; returns the
 * disconnection. The extension's own UI hangs off <html>, outside the body, so drawing it
 * does not count as a change.
 */
export function observeBody(onChange: () => void, quietMs: number): () => void {
  let timer = 0;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = window.setTimeout(onChange, quietMs);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}

/** Failures are logged quietly for developers and never thrown into the page. */
export function reporter(scope: string): (error: unknown) => void {
  return (error) => console.debug(`[policy-lens] ${scope}`, error);
}
