/** Saves text as a file through the page's own download link: no downloads permission needed. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click starts the download synchronously; the object URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
