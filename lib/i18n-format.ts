/**
 * The WebExtension message format (_locales/<locale>/messages.json), applied to a catalogue
 * the extension bundles: the browser's i18n API only speaks the browser's language, and the
 * language setting (简体 / 繁體 / English) must be able to override it.
 */
export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** `$NAME$` → its placeholder's content, in which `$1`…`$9` are the substitutions; `$$` is `$`. */
export function formatMessage(catalogue: Catalogue, key: string, substitutions: string | string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}
