import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfPageText } from '@/lib/pdf/join';

/**
 * pdf.js as the reader uses it: its worker, character maps and standard fonts are files of
 * the extension (no remote code), eval is off (the extension's CSP forbids it anyway).
 */
GlobalWorkerOptions.workerSrc = workerUrl;

export type OpenFailure = 'corrupt' | 'encrypted';

export class PdfOpenError extends Error {
  constructor(readonly failure: OpenFailure, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Opens a PDF; `askPassword` is called for an encrypted one (again after a wrong password)
 * and answers null when the reader gives up.
 */
export async function openPdf(data: Uint8Array, askPassword: (wrong: boolean) => Promise<string | null>): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data,
    cMapUrl: browser.runtime.getURL('/pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: browser.runtime.getURL('/pdfjs/standard_fonts/'),
    isEvalSupported: false,
    enableXfa: false,
  });
  let refused = false;
  task.onPassword = (update: (password: string) => void, reason: number) => {
    // reason 2 is pdf.js's PasswordResponses.INCORRECT_PASSWORD.
    void askPassword(reason === 2).then((password) => {
      if (password === null) {
        refused = true;
        void task.destroy();
      } else update(password);
    });
  };
  try {
    return await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw new PdfOpenError(refused || name === 'PasswordException' ? 'encrypted' : 'corrupt', error);
  }
}

/** Only real text runs: marked-content markers have no `str` and get no text-layer element. */
export function textItems(content: TextContent): TextItem[] {
  return content.items.filter((item): item is TextItem => 'str' in item);
}

/** A page's text items reduced to what joining needs (PDF user space, y up). */
export function pageText(content: TextContent, view: number[]): PdfPageText {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  return {
    width: x1 - x0,
    height: y1 - y0,
    items: textItems(content).map((item) => ({
      str: item.str,
      x: (item.transform[4] as number) - x0,
      y: (item.transform[5] as number) - y0,
      width: item.width,
      height: item.height || Math.hypot(item.transform[2] as number, item.transform[3] as number),
      hasEOL: item.hasEOL,
    })),
  };
}
