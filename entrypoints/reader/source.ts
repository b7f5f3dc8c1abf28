/** The reader may not read this origin yet: the optional host permission must be asked for. */
export class PermissionNeeded extends Error {
  constructor(readonly origin: string) {
    super(`no permission for ${origin}`);
  }
}

/** Largest PDF the reader downloads: past it a page of the web is not a policy document. */
const MAX_BYTES = 200 * 1024 * 1024;

/**
 * Downloads a PDF for the reader. A cross-origin fetch from the extension's page needs the
 * origin's optional host permission unless the server allows any origin; when it fails for
 * want of it, PermissionNeeded tells the page to ask (on a click: browsers require a gesture).
 */
export async function loadPdfBytes(url: string): Promise<Uint8Array> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`not a web address: ${url}`);
  let response: Response;
  try {
    response = await fetch(parsed.href);
  } catch (error) {
    const granted = await browser.permissions.contains({ origins: [`${parsed.origin}/*`] });
    if (!granted) throw new PermissionNeeded(parsed.origin);
    throw error;
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new Error(`${Math.round(length / 1048576)} MB`);
  return new Uint8Array(await response.arrayBuffer());
}
