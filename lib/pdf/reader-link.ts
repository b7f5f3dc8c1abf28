/**
 * How the extension's PDF reader is opened on a PDF from the web: reader.html?url=<address>.
 * Only http(s) addresses ending in .pdf are offered (the popup and the link menu cannot see a
 * response's type without fetching it).
 */
export const READER_PAGE = '/reader.html';

/** Link patterns for the context menu: paths ending in .pdf, with or without a query. */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.PDF', '*://*/*.pdf?*', '*://*/*.PDF?*'];

export function isPdfAddress(address: string | undefined): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.pdf$/i.test(url.pathname);
  } catch {
    return false;
  }
}

/** The reader page's path for a PDF address (to be resolved with runtime.getURL). */
export function readerPathFor(address: string): string {
  return `${READER_PAGE}?url=${encodeURIComponent(address)}`;
}

/** The host permission pattern the reader needs to fetch `address`. */
export function originPattern(address: string): string {
  return `${new URL(address).origin}/*`;
}
