/**
 * Adds a constructed style sheet to the page; returns its removal. A constructed sheet is not
 * an inline <style>, so strict page CSPs do not block it. A page component's open shadow root
 * needs its own: ::highlight() rules do not cross into shadow trees.
 */
export function adoptStyleSheet(css: string, target: Document | ShadowRoot = document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Failures are logged quietly for developers and never thrown into the page. */
export function reporter(scope: string): (error: unknown) => void {
  return (error) => console.debug(`[policy-lens] ${scope}`, error);
}
