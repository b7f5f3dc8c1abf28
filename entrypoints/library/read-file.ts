import { Readability } from '@mozilla/readability';
import type { InputKind } from '@/lib/corpus/parse-text';
import { blockText } from '../content/block-text';
import { cleanPageTitle } from '@/lib/corpus/header';

/**
 * 导入文档: a file the user picked, read into text for the general parser. HTML goes through
 * Readability like a live page; PDF through pdfjs-dist (text layer only); text files are
 * decoded as UTF-8, or GB18030 when UTF-8 does not fit. Bad input is refused with a reason.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportProblem = 'empty' | 'tooLarge' | 'binary' | 'scanned' | 'unsupported';

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problem: ImportProblem) {
    super(problem);
  }
}

export interface ImportedText {
  text: string;
  kind: InputKind;
  titleHint: string | null;
  source: string;
}

function decodeText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 2048));
  const declared = /charset\s*=\s*["']?\s*(gb2312|gbk|gb18030|big5)/i.exec(head)?.[1];
  if (declared) return new TextDecoder(declared.toLowerCase() === 'big5' ? 'big5' : 'gb18030').decode(bytes);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const broken = (utf8.match(/\ufffd/g) ?? []).length;
  return broken > 3 && broken > utf8.length / 1000 ? new TextDecoder('gb18030').decode(bytes) : utf8;
}

/** Control characters other than line breaks and tabs: a text file has next to none. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.slice(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32 && b !== 27)) control++;
  return control > sample.length * 0.01;
}

export function htmlText(html: string): { text: string; title: string | null } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const heading = doc.querySelector('h1')?.textContent?.trim() || null;
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 100 }).parse();
  const text = article?.content ? blockText(new DOMParser().parseFromString(article.content, 'text/html').body) : '';
  const body = text.trim().length >= 50 ? text : blockText(doc.body, (el) => /^(NAV|HEADER|FOOTER|ASIDE)$/.test(el.tagName));
  const title = heading ?? (article?.title?.trim() ? cleanPageTitle(article.title) : null);
  return { text: title && !body.slice(0, 200).includes(title) ? `${title}\n${body}` : body, title };
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; title: string | null }> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
  }
  const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
  await pdf.destroy();
  return { text: lines.join('\n'), title: typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : null };
}

export async function readImportFile(file: File): Promise<ImportedText> {
  if (file.size === 0) throw new ImportError('empty');
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError('tooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.toLowerCase();
  const isPdf = name.endsWith('.pdf') || new TextDecoder('latin1').decode(bytes.slice(0, 5)) === '%PDF-';
  if (isPdf) {
    const { text, title } = await pdfText(bytes).catch(() => {
      throw new ImportError('binary');
    });
    // A scan has pages but no text layer.
    if (text.replace(/\s/g, '').length < 20) throw new ImportError('scanned');
    return { text, kind: 'pdf', titleHint: title, source: file.name };
  }
  if (!/\.(html?|txt|text)$/.test(name) && file.type && !/^text\//.test(file.type)) throw new ImportError('unsupported');
  if (looksBinary(bytes)) throw new ImportError('binary');
  const decoded = decodeText(bytes);
  if (decoded.trim().length === 0) throw new ImportError('empty');
  if (/\.html?$/.test(name) || /^\s*<(!doctype|html)/i.test(decoded)) {
    const { text, title } = htmlText(decoded);
    return { text, kind: 'html', titleHint: title, source: file.name };
  }
  return { text: decoded, kind: 'text', titleHint: null, source: file.name };
}
