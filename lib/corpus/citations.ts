import { simplify } from '../text/simplify';
import { docNumberIdentity, findDocNumbers } from '../refs/docNumber';
import { titleIdentity } from '../refs/title';
import type { z } from 'zod';
import type { CitationSchema, CitedDocument, DocumentRelation, PolicyDocument } from './schema';

/** A piece of text that may cite other documents: a clause, or a document's front matter. */
export type CitationSite = z.infer<typeof CitationSchema> & { text: string };

/** Titles compared across scripts and issuer spellings (the rule lives in lib/refs). */
export const titleKey = titleIdentity;
export const docNumberKey = docNumberIdentity;

// Words before a title saying the document carries it out (为贯彻落实《…》, 根据《…》).
const IMPLEMENTS = /(?:贯彻落实|为落实|根据|依据)(?:《[^《》]*》[、,，]?)*$/;
const TITLE = /《([^《》]+)》(?:\s*[(（]([^()（）]{4,30})[)）])?/g;

export interface CitationResult {
  cited: CitedDocument[];
  relations: DocumentRelation[];
  /** Short titles a document uses for itself (002 #1 refers to itself as 《方案》). */
  selfAliases: Map<string, string[]>;
}

export function linkCitations(sites: CitationSite[], held: PolicyDocument[]): CitationResult {
  const heldByTitle = new Map<string, string>();
  const heldByNumber = new Map<string, string>();
  for (const doc of held) {
    for (const t of [doc.title, doc.titleSimplified, ...doc.aliases]) heldByTitle.set(titleKey(t), doc.id);
    if (doc.docNumber) heldByNumber.set(docNumberKey(doc.docNumber), doc.id);
  }
  const byKey = new Map<string, CitedDocument>();
  const relations = new Map<string, DocumentRelation>();
  const selfAliases = new Map<string, string[]>();

  const record = (site: CitationSite, title: string | null, docNumber: string | null, at: number, end: number) => {
    const heldId = (docNumber && heldByNumber.get(docNumberKey(docNumber))) || (title && heldByTitle.get(titleKey(title))) || null;
    if (heldId === site.documentId) return;
    const keys = [docNumber && `n:${docNumberKey(docNumber)}`, title && `t:${titleKey(title)}`].filter((k): k is string => !!k);
    let entry = keys.map((k) => byKey.get(k)).find(Boolean);
    if (!entry) {
      const label = simplify(docNumber ?? title!);
      entry = { id: `cited:${label}`, docNumber: docNumber && simplify(docNumber), title: title && simplify(title), heldDocumentId: heldId, citedBy: [] };
    }
    entry.docNumber ??= docNumber && simplify(docNumber);
    entry.title ??= title && simplify(title);
    for (const k of keys) byKey.set(k, entry);
    if (!entry.citedBy.some((c) => c.documentId === site.documentId && c.clauseId === site.clauseId)) entry.citedBy.push({ documentId: site.documentId, clauseId: site.clauseId });

    const before = site.text.slice(0, at);
    // Evidence: the sentence up to the citation, or its last clause when the sentence is long.
    let sentenceStart = before.search(/[^。;；\n]*$/);
    if (at - sentenceStart > 60) sentenceStart = Math.max(sentenceStart, before.search(/[^,，]*$/));
    const kind = IMPLEMENTS.test(simplify(before)) ? 'implements' : 'cites';
    const to = heldId ?? entry.id;
    const key = `${site.documentId}|${to}`;
    const existing = relations.get(key);
    if (!existing || (existing.kind === 'cites' && kind === 'implements')) {
      relations.set(key, { from: site.documentId, to, kind, evidence: site.text.slice(sentenceStart, end) });
    }
  };

  for (const site of sites) {
    const own = held.find((d) => d.id === site.documentId);
    const covered: [number, number][] = [];
    for (const m of site.text.matchAll(TITLE)) {
      const title = m[1]!;
      // `(国函〔2025〕80号)`, also `(国发〔2016〕2号文件)`: only the 文号 itself is kept.
      const inParentheses = m[2] ? findDocNumbers(m[2]) : [];
      const number = inParentheses.length === 1 ? inParentheses[0]!.docNumber : null;
      covered.push([m.index, m.index + m[0].length]);
      // A short form of the document's own title is how it names itself, not a citation.
      if (own && title.length < own.title.length && titleKey(own.title).endsWith(titleKey(title))) {
        const aliases = selfAliases.get(own.id) ?? [];
        if (!aliases.includes(title)) selfAliases.set(own.id, [...aliases, title]);
        continue;
      }
      record(site, title, number, m.index, m.index + m[0].length);
    }
    for (const { docNumber, index } of findDocNumbers(site.text)) {
      if (covered.some(([a, b]) => index >= a && index < b)) continue;
      if (own?.docNumber && docNumberKey(own.docNumber) === docNumberKey(docNumber)) continue;
      record(site, null, docNumber, index, index + docNumber.length);
    }
  }
  const cited = [...new Set(byKey.values())];
  return { cited, relations: [...relations.values()], selfAliases };
}
