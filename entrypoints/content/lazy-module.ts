/**
 * Parts of the content script that most pages never use (the React UI, "add this page"'s
 * article extraction) are built as files of their own and imported on first use, so that
 * every page does not compile them at document_idle. Each such file leaves what it exports
 * on a symbol-keyed global of the content script's isolated world, which pages cannot see.
 *
 * The files are web-accessible only through the per-session dynamic URL (use_dynamic_url in
 * wxt.config.ts), which runtime.getURL gives here and no page can guess: a page cannot probe
 * for them to tell the extension is installed.
 */
const modules = new Map<string, Promise<unknown>>();

/** The module `file` leaves under `key`, imported once per page; a failed import is tried again next time. */
export function loadModule<T>(file: string, key: symbol): Promise<T> {
  let loading = modules.get(file) as Promise<T> | undefined;
  if (!loading) {
    loading = import(/* @vite-ignore */ browser.runtime.getURL(file as '/content-ui.js')).then(() => {
      const module = (globalThis as Record<symbol, unknown>)[key] as T | undefined;
      if (!module) throw new Error(`${file} did not load`);
      return module;
    });
    modules.set(file, loading);
    loading.catch(() => modules.delete(file));
  }
  return loading;
}
