import type { Clause, PolicyDocument } from './corpus/schema';

/** What a linked id cites: its document, and the clause unless the note links the whole document. */
export type ClauseCitation = {
  document: Pick<PolicyDocument, 'title' | 'docNumber'>;
  /** `label` is the clause's own label as printed; without it the label is rebuilt from the path. */
  clause: (Pick<Clause, 'path'> & Partial<Pick<Clause, 'label'>>) | null;
};

/**
 * 《title》（文号）and the clause, with the full-width punctuation of Chinese official writing:
 * the form a researcher pastes into a paper. A title quoted inside the title takes 〈〉.
 */
export function formatCitation({ document, clause }: ClauseCitation): string {
  const title = `《${innerTitles(document.title)}》${document.docNumber ? `（${document.docNumber}）` : ''}`;
  return clause ? `${title}${clauseLabel(clause)}` : title;
}

/** 《…》 or <…> inside a title become 〈…〉, the way nested titles are printed. */
function innerTitles(title: string): string {
  return title.replace(/[《<＜]([^《》<>＜＞]*)[》>＞]/g, '〈$1〉');
}

/**
 * Articles (第X条) are numbered through a whole document, so they are cited alone; other
 * labels only make sense with their sections: 三、（一）, 四、(一)7. The clause's own label is
 * taken as printed (once); only the sections above it are rebuilt from the path.
 */
function clauseLabel({ path, label }: NonNullable<ClauseCitation['clause']>): string {
  const last = path[path.length - 1]!;
  const own = label?.trim() || pathLabel(last);
  if (/^第.+条$/.test(last)) return own;
  return path.slice(0, -1).map(pathLabel).join('') + own;
}

function pathLabel(label: string): string {
  return /^[一二三四五六七八九十百]+$/.test(label) ? `${label}、` : /^\d+$/.test(label) ? `${label}.` : label;
}

export interface Gbt7714Source {
  document: Pick<PolicyDocument, 'title' | 'docNumber' | 'issuers' | 'issued' | 'published'>;
  /** The page the document was read from, and the day it was read (YYYY-MM-DD). */
  online?: { url: string; accessed: string } | null;
}

/**
 * A reference in the style of GB/T 7714-2015 (信息与文献 参考文献著录规则): 主要责任者. 题名:
 * 文号[Z]. 日期. Official documents have no type code of their own, so Z (其他) is used, Z/OL
 * with the update date in () and the access date in [] and the URL when read from a page.
 * Only what the text states is given: no issuer or date is made up.
 */
export function formatGbt7714({ document, online }: Gbt7714Source): string {
  const responsible = document.issuers.length ? `${document.issuers.join(', ')}. ` : '';
  const title = `${document.title}${document.docNumber ? `: ${document.docNumber}` : ''}`;
  const date = document.issued ?? document.published;
  if (!online) return `${responsible}${title}[Z]${date ? `. ${date}` : ''}.`;
  return `${responsible}${title}[Z/OL]. ${date ? `(${date})` : ''}[${online.accessed}]. ${online.url}.`;
}

/**
 * The linked ids worth listing: each once, and a document left out when one of its clauses
 * (`${documentId}:…`) is linked too — the clause's citation already names the document.
 */
export function distinctLinks(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  return unique.filter((id) => id.includes(':') || !unique.some((other) => other.startsWith(`${id}:`)));
}

/** The page a user-added document was read from, and when: for the URL and access date of GB/T 7714. */
export function onlineSourceOf(document: Pick<PolicyDocument, 'added'>): Gbt7714Source['online'] {
  const added = document.added;
  return added && /^https?:\/\//.test(added.source) ? { url: added.source, accessed: added.at.slice(0, 10) } : null;
}
