import { simplify } from '../text/simplify';
import { linkCitations, type CitationSite } from './citations';
import { inferPlace } from './classify';
import { toClauses } from './clauses';
import type { DocumentDraft, PendingQualityItem } from './draft';
import { readHeader } from './header';
import { dropSpacesNextToCjk, joinPdfLines, lineWidth } from './join-lines';
import { parseValidity } from './metadata';
import { buildOutline, numberingGaps, recogniseLabel, type UnitKind } from './outline';
import type { Clause, CitedDocument, DocumentRelation, Level, PolicyDocument, QualityItem } from './schema';

/**
 * The general parser: any Chinese policy text (a page's main text, a file, pasted text) read
 * into a document and its clauses by the numbering hierarchy, with header facts taken from
 * the text only. Level and region are inferred from the issuers when they can be, and marked
 * so; what cannot be read stays null for the user to fill in.
 */
export type InputKind = 'text' | 'pdf' | 'html' | 'page';

export interface ParseOptions {
  id: string;
  /** Where the text came from: a file name or a URL. */
  source: string;
  /** What the source contributes, when more specific than its kind. */
  role?: string;
  kind: InputKind;
  /** A title the container states (a page's heading, a PDF's title): preferred when a line matches it. */
  titleHint?: string | null;
  /** Level and region known from elsewhere (the seed catalogue): nothing is inferred. */
  classification?: { level: Level; region: string };
  /** Documents already held, so citations of them link up. */
  held?: readonly PolicyDocument[];
}

/** A document whose level or region may still be unknown (the user chooses before saving). */
export type DraftDocument = Omit<PolicyDocument, 'level' | 'region'> & { level: Level | null; region: string | null };

export interface ParsedDocument {
  document: DraftDocument;
  clauses: Clause[];
  cited: CitedDocument[];
  relations: DocumentRelation[];
  quality: QualityItem[];
  /** Numbered units per kind, for the preview's outline counts. */
  counts: Partial<Record<UnitKind, number>>;
  /** False when no numbered unit was found: the text would be saved as one unit. */
  structured: boolean;
  /** Which fields were inferred rather than read (shown as such, editable). */
  inferred: ('level' | 'region')[];
}

const TERMINAL = /[。！？；：」』”）)]$/;

/** Text copied out of a PDF: most full lines stop mid-sentence at about the same width. */
export function looksHardWrapped(lines: readonly string[]): boolean {
  const long = lines.filter((l) => lineWidth(l) >= 15);
  if (long.length < 5) return false;
  const open = long.filter((l) => !TERMINAL.test(l)).length;
  return open / long.length > 0.6;
}

/**
 * PDF fonts often map common ideographs to their look-alike Kangxi radicals (⼯ U+2F2F for 工,
 * ⽣ for 生), so extracted text neither reads nor matches right. NFKC maps each back; only that
 * block is touched (NFKC elsewhere would fold full-width punctuation as well).
 */
export function repairRadicals(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(/[\u2F00-\u2FD5]/g, (c) => {
    repaired++;
    return c.normalize('NFKC');
  });
  return { text: out, repaired };
}

const SOURCE_ROLE: Record<InputKind, string> = { text: 'pasted or plain text', pdf: 'PDF text', html: 'HTML file', page: 'web page main text' };

/** Header facts and body paragraphs of a text: the shared front end of every source. */
export function draftFromText(text: string, options: Omit<ParseOptions, 'held'>): DocumentDraft & { doubts: string[]; inferred: ('level' | 'region')[]; level: Level | null; region: string | null } {
  const { id } = options;
  const radicals = repairRadicals(text);
  text = radicals.text;
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u00a0\u3000\s]+$/u, '').replace(/^[\u00a0\u3000\s]+/u, ''))
    .filter(Boolean);
  const header = readHeader(lines, options.titleHint ?? null);
  const quality: PendingQualityItem[] = [];
  if (radicals.repaired > 0) {
    quality.push({ documentId: id, clauseId: null, kind: 'repaired', message: `${radicals.repaired} Kangxi radical characters (a PDF font's mapping, e.g. ⼯ U+2F2F) read as the ideographs they stand for (工).` });
  }
  let paragraphs = header.body;
  if (options.kind === 'pdf' || looksHardWrapped(paragraphs)) {
    const joined = joinPdfLines(paragraphs, (line) => recogniseLabel(line) !== null);
    if (joined.joins > 0 || joined.spacesRemoved > 0) {
      // The report shows the repair on the body's first two lines.
      const opening = paragraphs.slice(0, 2);
      quality.push({
        documentId: id,
        clauseId: null,
        kind: 'repaired',
        message: `PDF text: joined ${joined.joins} hard line breaks into ${joined.paragraphs.length} paragraphs without inserting spaces between CJK characters, and removed ${joined.spacesRemoved} stray spaces next to CJK text.`,
        before: opening.join('\n'),
        after: joined.paragraphs[0]!.slice(0, dropSpacesNextToCjk(opening.join('')).text.length),
      });
    }
    paragraphs = joined.paragraphs;
  }
  const title = header.title ?? '';
  const place = options.classification ?? inferPlace(header.issuers.length ? header.issuers : title ? [simplify(title)] : []);
  const inferred: ('level' | 'region')[] = [];
  if (place && 'from' in place) {
    inferred.push('level');
    if (place.region) inferred.push('region');
    quality.push({ documentId: id, clauseId: null, kind: 'inferred', message: `Level ${place.level}${place.region ? ` and region ${place.region}` : ''} inferred from the issuer ${place.from.join('、')}; not stated in the text.` });
  }
  if (header.noticeTitle) quality.push({ documentId: id, clauseId: null, kind: 'inferred', message: `Carried by the issuing notice 「${header.noticeTitle}」: the 文号, issuers and date are the notice's; the notice text is kept as front matter, not as clauses.` });
  for (const doubt of header.doubts) quality.push({ documentId: id, clauseId: null, kind: 'flagged', message: doubt });
  if (header.abridged) quality.push({ documentId: id, clauseId: null, kind: 'flagged', message: 'The text is marked (本文有删减): published abridged; clauses may be missing.' });

  const document: DraftDocument = {
    id,
    title: title || '',
    titleSimplified: simplify(title),
    titleSource: 'text',
    aliases: [],
    docNumber: header.docNumber,
    issuers: header.issuers,
    level: place?.level ?? null,
    region: place?.region ?? (place?.level === 'national' ? '全国' : null),
    issued: header.issued,
    published: header.published,
    ...parseValidity(paragraphs.join('\n')),
    abridged: header.abridged,
    sources: [{ file: options.source, role: options.role ?? SOURCE_ROLE[options.kind] }],
    summary: null,
  };
  return {
    document: document as PolicyDocument,
    level: document.level,
    region: document.region,
    paragraphs,
    frontMatter: [...header.frontMatter, ...header.notes].join('\n'),
    quality,
    doubts: header.doubts,
    inferred,
  };
}

/** Parses a text into one document with clauses, citations and a quality report. */
export function parsePolicyText(text: string, options: ParseOptions): ParsedDocument {
  const draft = draftFromText(text, options);
  const { id } = options;
  const outline = buildOutline(draft.paragraphs);
  const built = toClauses(id, outline);
  const quality: PendingQualityItem[] = [...draft.quality, ...built.quality];
  const structured = outline.units.length > 0;
  if (!structured) quality.push({ documentId: id, clauseId: null, kind: 'flagged', message: 'No numbered structure (一、 (一) 1. 第X条 …) was found: the text would be saved as one unit.' });
  for (const gap of numberingGaps(outline.units)) {
    quality.push({ documentId: id, clauseId: `${id}:${gap.path.join('/')}`, kind: 'flagged', message: `Numbering gap: ${gap.label} does not follow the unit before it.` });
  }
  const counts: Partial<Record<UnitKind, number>> = {};
  for (const unit of outline.units) counts[unit.kind] = (counts[unit.kind] ?? 0) + 1;

  const held = (options.held ?? []).filter((d) => d.id !== id);
  const sites: CitationSite[] = [
    ...(draft.frontMatter ? [{ documentId: id, clauseId: null, text: draft.frontMatter }] : []),
    ...built.clauses.map((c) => ({ documentId: id, clauseId: c.id, text: c.text })),
  ];
  const document = draft.document;
  const { cited, relations, selfAliases } = linkCitations(sites, [document, ...held]);
  for (const alias of selfAliases.get(id) ?? []) document.aliases.push(alias);
  return {
    document: { ...document, level: draft.level, region: draft.region, ...(draft.frontMatter ? { frontMatter: draft.frontMatter } : {}) },
    clauses: built.clauses,
    cited,
    relations,
    quality: quality.map(({ within: _within, ...item }) => item),
    counts,
    structured,
    inferred: draft.inferred,
  };
}
