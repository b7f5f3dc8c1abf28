/**
 * Labelled pages are written with their labels inline, so a label sits where a reader sees
 * the reference: `[[苏政发〔2018〕144号|d|004]]` is a reference (kind d/t/a/c/h for docNumber,
 * title, alias, clause, heading; target a document id, `cited:…`, a clause id, `unknown`, or
 * `?a,b,c` for look-alikes the page does not tell apart) and `{{（2023）苏01民初123号|案号}}` a
 * near miss that must not be underlined. Blocks are separated by '\n' as the content script
 * joins them.
 */
export interface Label {
  start: number;
  end: number;
  text: string;
  /** null for a near miss. */
  kind: 'docNumber' | 'title' | 'alias' | 'clause' | 'heading' | null;
  /** What it opens; for a near miss, why a reader would not mark it. */
  target: string;
}

export interface GoldPage {
  name: string;
  text: string;
  labels: Label[];
  /** The held document the page is, when the page says so (a reprint); detection is told. */
  pageDocumentId?: string;
}

const KINDS = { d: 'docNumber', t: 'title', a: 'alias', c: 'clause', h: 'heading' } as const;
const MARK = /\[\[([^|]+?)\|([dtach])\|([^|]+?)\]\]|\{\{([^|]+?)\|([^|]+?)\}\}/g;

export function parsePage(name: string, markup: string, pageDocumentId?: string): GoldPage {
  let text = '';
  const labels: Label[] = [];
  let last = 0;
  for (const m of markup.matchAll(MARK)) {
    text += markup.slice(last, m.index);
    const span = m[1] ?? m[4]!;
    const start = text.length;
    text += span;
    labels.push({ start, end: text.length, text: span, kind: m[1] ? KINDS[m[2] as keyof typeof KINDS] : null, target: m[3] ?? m[5]! });
    last = m.index + m[0].length;
  }
  text += markup.slice(last);
  if (/\[\[|\]\]|\{\{|\}\}/.test(text)) throw new Error(`${name}: unbalanced label markup`);
  return pageDocumentId ? { name, text, labels, pageDocumentId } : { name, text, labels };
}
