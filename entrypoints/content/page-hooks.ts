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

/** Failures are logged quietly for developers and never thrown into the page. */
export function reporter(scope: string): (error: unknown) => void {
  return (error) => console.debug(`[policy-lens] ${scope}`, error);
}
