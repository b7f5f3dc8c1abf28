/**
 * A PDF is known by its fingerprint (the document ID in its trailer, or a hash of its first
 * bytes, as pdf.js computes it), not by where it was opened from: notes made on a copy
 * opened from a URL come back on the same file opened from disk, as in the Hypothesis client.
 */
export function pdfUrn(fingerprint: string): string {
  return `urn:x-pdf:${fingerprint}`;
}

/** A PDF's key as notes store it in place of a page address: nothing a browser can open or run. */
export function isPdfUrn(address: string): boolean {
  return /^urn:x-pdf:[0-9a-f]{16,64}$/i.test(address);
}

/** The name a PDF is shown under: its title when it has one, else its file name. */
export function pdfDisplayName(title: unknown, source: string): string {
  if (typeof title === 'string' && title.trim()) return title.trim();
  const last = source.split(/[/\\]/).pop() ?? source;
  try {
    return decodeURIComponent(last.split(/[?#]/)[0]!) || source;
  } catch {
    return last || source;
  }
}
