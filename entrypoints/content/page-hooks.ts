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
 * Calls `onChange` with the nodes that changed (added nodes, edited text, parents that lost
 * children) once the page's body has stopped changing for `quietMs`, or after 4 × `quietMs`
 * on a page that never stops (a ticking clock must not starve it); returns the disconnection.
 * The extension's own UI hangs off <html>, outside the body, so drawing it does not count.
 */
export function observeBody(onChange: (changed: Set<Node>) => void, quietMs: number): () => void {
  let timer = 0;
  let pendingSince = 0;
  let changed = new Set<Node>();
  const fire = () => {
    pendingSince = 0;
    const nodes = changed;
    changed = new Set();
    onChange(nodes);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      // New children are what changed, not their parent's other children; a removal changes
      // the parent's text (its own references are gone with the removed nodes).
      if (record.addedNodes.length) record.addedNodes.forEach((node) => changed.add(node));
      else changed.add(record.target);
    }
    const now = performance.now();
    pendingSince ||= now;
    clearTimeout(timer);
    timer = window.setTimeout(fire, Math.max(0, Math.min(quietMs, pendingSince + 4 * quietMs - now)));
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
