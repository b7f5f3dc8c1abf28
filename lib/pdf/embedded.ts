import { isPdfAddress } from './reader-link';

/**
 * Pages show PDFs in an <iframe>, <embed> or <object>, directly or through a copy of pdf.js's
 * viewer (…/web/viewer.html?file=…, common on government portals). The browser runs no
 * content script in its own PDF viewer, so the page that embeds one offers the extension's
 * reader instead. Which address is a PDF is read from the markup alone (the type attribute,
 * a path ending in .pdf, the viewer's file parameter): nothing is fetched to find out.
 */
export type EmbedTag = 'iframe' | 'embed' | 'object';

/** What the markup says: the element, its `type` attribute and its src (iframe, embed) or data (object). */
export interface EmbedFacts {
  tag: EmbedTag;
  type: string | null;
  source: string | null;
}

const PDF_TYPE = /^\s*application\/(x-)?pdf\s*(;|$)/i;
const PDFJS_VIEWER = /\/viewer\.html?$/i;

/** The web address of the PDF an embedding element shows, or null when the markup does not say it is one. */
export function embeddedPdfAddress({ tag, type, source }: EmbedFacts, base: string): string | null {
  const url = resolve(source, base);
  if (!url || !isWeb(url)) return null;
  // <iframe> has no type attribute; for <embed> and <object> it is what the page declares.
  if (tag !== 'iframe' && type && PDF_TYPE.test(type)) return url.href;
  if (isPdfAddress(url.href)) return url.href;
  if (PDFJS_VIEWER.test(url.pathname)) {
    const file = resolve(url.searchParams.get('file'), url.href);
    if (file && isPdfAddress(file.href)) return file.href;
  }
  return null;
}

function resolve(address: string | null, base: string): URL | null {
  if (!address?.trim()) return null;
  try {
    return new URL(address.trim(), base);
  } catch {
    return null;
  }
}

function isWeb(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}
