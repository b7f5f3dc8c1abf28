import { simplify } from '../text/simplify';
import { SEED_PREFIX, seedFile } from './catalogue';
import { linkCitations, type CitationSite } from './citations';
import { CLOSING, toClauses } from './clauses';
import type { DocumentDraft, PendingQualityItem } from './draft';
import { parseValidity } from './metadata';
import { buildOutline } from './outline';
import { parse000 } from './parse-000';
import { parse003 } from './parse-003';
import { parse004 } from './parse-004';
import { repairShiftedGbk } from './repair';
import { CORPUS_SCHEMA_VERSION, type Clause, type Corpus, type QualityItem, type SummaryGroupSchema } from './schema';
import type { z } from 'zod';
import { splitSearchResults } from './split-002';
import { parsePublishedSummary, type PublishedSummary } from './summary';
import { corpusVersion } from './version';

/** Builds the corpus from the seed texts (file name → text). Pure apart from hashing. */
export function buildCorpus(seeds: Record<string, string>): Corpus {
  const quality: PendingQualityItem[] = [];
  const drafts = [plan(seeds, quality), ...searchResults(seeds, quality)];
  const beijing = seedFile(seeds, SEED_PREFIX.beijing);
  drafts.push(parse003(beijing.text, beijing.file));
  const jiangsu = seedFile(seeds, SEED_PREFIX.jiangsu);
  drafts.push(parse004(jiangsu.text, jiangsu.file));

  const clauses: Clause[] = [];
  for (const draft of drafts) {
    const outline = buildOutline(draft.paragraphs);
    const built = toClauses(draft.document.id, outline);
    for (const clause of built.clauses) clauses.push(clause);
    for (const item of [draft.quality, built.quality].flat()) quality.push(item);
    if (draft.summaryGroups) draft.document.summary = { lang: 'en', groups: mapSummaryGroups(draft.summaryGroups, built.clauses) };
  }

  // Kept for the library's readers, whose citation links reach the notice's too.
  const documents = drafts.map((d) => (d.frontMatter ? { ...d.document, frontMatter: d.frontMatter } : d.document));
  const sites: CitationSite[] = [
    ...drafts.filter((d) => d.frontMatter).map((d) => ({ documentId: d.document.id, clauseId: null, text: d.frontMatter })),
    ...clauses.map((c) => ({ documentId: c.documentId, clauseId: c.id, text: c.text })),
  ];
  const { cited, relations, selfAliases } = linkCitations(sites, documents);
  for (const doc of documents) for (const alias of selfAliases.get(doc.id) ?? []) doc.aliases.push(alias);

  const content: Omit<Corpus, 'version'> = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    documents,
    clauses,
    cited,
    relations,
    quality: quality.map((item) => locate(item, clauses)),
  };
  return { ...content, version: corpusVersion(content) };
}

function locate({ within, ...item }: PendingQualityItem, clauses: Clause[]): QualityItem {
  if (within === undefined || item.clauseId !== null) return item;
  const clause = clauses.find((c) => c.documentId === item.documentId && c.text.includes(within));
  return { ...item, clauseId: clause?.id ?? null };
}

/** 000 (繁體 body, GBK damage repaired) merged with 001 (简体 title as published, English summary). */
function plan(seeds: Record<string, string>, quality: PendingQualityItem[]): DocumentDraft {
  const body = seedFile(seeds, SEED_PREFIX.plan);
  const others = Object.entries(seeds).filter(([file]) => file !== body.file).map(([, text]) => text);
  const repaired = repairShiftedGbk(body.text, [...others, body.text].join('\n'));
  for (const r of repaired.repairs) {
    quality.push({ documentId: '000', clauseId: null, kind: 'repaired', message: `GBK mojibake (bytes shifted by one) repaired: ${r.evidence}.`, before: r.before, after: r.after, within: r.after });
  }
  for (const d of repaired.doubts) quality.push({ documentId: '000', clauseId: null, kind: 'flagged', message: `Possible GBK mojibake left as printed: ${d.message}.`, before: d.before, within: d.before });

  const draft = parse000(repaired.text, body.file);
  const published = seedFile(seeds, SEED_PREFIX.planSummary);
  const summary = parsePublishedSummary(published.text);
  const doc = draft.document;
  if (summary.title && simplify(doc.title) !== summary.title) {
    quality.push({ documentId: '000', clauseId: null, kind: 'flagged', message: 'The 简体 title as published differs from the 繁體 title converted to 简体; the published form is used.', before: simplify(doc.title), after: summary.title });
  }
  doc.titleSimplified = summary.title ?? doc.titleSimplified;
  doc.published = summary.published;
  doc.sources.push({ file: published.file, role: 'summary (English) and title as published on the 商务部 site' });
  return { ...draft, summaryGroups: summary.groups };
}

/**
 * The summary's groups follow the plan's sections in order (Group 1 → 一 …); a group past the
 * last section summarises the closing paragraph; an unnumbered group (the core viewpoint)
 * covers the whole document (no sections).
 */
function mapSummaryGroups(groups: PublishedSummary['groups'], clauses: Clause[]): z.infer<typeof SummaryGroupSchema>[] {
  const sections = clauses.filter((c) => c.path.length === 1 && c.label.endsWith('、')).map((c) => c.path);
  const closing = clauses.find((c) => c.path[0] === CLOSING)?.path;
  return groups.map(({ label, text, number }) => {
    const section = number === null ? undefined : number <= sections.length ? sections[number - 1] : number === sections.length + 1 ? closing : undefined;
    return { label, text, sections: section ? [section] : [] };
  });
}

function searchResults(seeds: Record<string, string>, quality: PendingQualityItem[]): DocumentDraft[] {
  const { file, text } = seedFile(seeds, SEED_PREFIX.searchResults);
  const page = splitSearchResults(text);
  if (page.statedCount !== page.results.length) {
    quality.push({ documentId: null, clauseId: null, kind: 'flagged', message: `${file}: the page states ${page.statedCount} results but ${page.results.length} were found.` });
  }
  return page.results.map((result, i) => {
    const id = `002-${i + 1}`;
    const body = result.paragraphs.join('\n');
    if (!result.level || !result.region) throw new Error(`${file}: result ${i + 1} has no level/region tag: 【${result.tag}】`);
    return {
      document: {
        id,
        title: result.title,
        titleSimplified: simplify(result.title),
        titleSource: 'text',
        aliases: [],
        docNumber: null,
        issuers: [],
        level: result.level,
        region: result.region,
        issued: null,
        published: null,
        ...parseValidity(body),
        abridged: false,
        sources: [{ file, role: `search result ${i + 1} of ${page.results.length} (【${result.tag}】)` }],
        summary: null,
      },
      paragraphs: result.paragraphs,
      frontMatter: '',
      quality: [],
    } satisfies DocumentDraft;
  });
}
