import type { Clause, PolicyDocument } from '../corpus/schema';
import { foldKey } from '../text/fold';
import { buildGramIndex, createScratch, type GramIndex, type MatchScratch } from './gram-index';

/** What fuse.js sees of one record: every field folded (简体, half-width, no whitespace). */
export interface FuseRecord {
  heading: string;
  text: string;
  departments: string[];
  /** Document records: the title and its aliases. */
  title: string[];
  /** Document records: the 文号. */
  docNumber: string;
  /** Document records: the issuers. */
  issuers: string[];
  /** Clause records: their document's title, aliases, region and 文号, so “苏州 临床试验” finds a 苏州 clause. */
  context: string[];
}

/** A search record is a clause or a whole document (matched by title, alias or 文号). */
export interface RecordRef {
  kind: 'clause' | 'document';
  /** Index into `clauses` or `documents`. */
  ref: number;
  /** Index of the record's document in `documents`. */
  doc: number;
}

export interface SearchIndex {
  documents: readonly PolicyDocument[];
  clauses: readonly Clause[];
  records: RecordRef[];
  /** Document (position in `documents`) of each record; document records come first, so record r is a clause iff r ≥ documents.length. */
  recordDocument: Int32Array;
  /** Each document's title, aliases, region, issuers and 文号, folded and lower-cased: what the words of a clause path (“江苏 措施”) are matched against. */
  documentNames: string[];
  /** Position in `documents` of each document id. */
  documentIndex: Map<string, number>;
  fuseRecords: FuseRecord[];
  /** First clause (reading order) of each document, where a document-level hit opens. */
  firstClause: (Clause | null)[];
  grams: GramIndex;
  scratch: MatchScratch;
}

export function buildSearchIndex(documents: readonly PolicyDocument[], clauses: readonly Clause[]): SearchIndex {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const records: RecordRef[] = [];
  const fuseRecords: FuseRecord[] = [];
  const gramTexts: string[] = [];

  const clauseContext = documents.map((d) =>
    [d.titleSimplified, ...d.aliases, d.region, d.docNumber ?? ''].filter(Boolean).map((t) => foldKey(t)),
  );
  documents.forEach((d, i) => {
    records.push({ kind: 'document', ref: i, doc: i });
    const record: FuseRecord = {
      heading: '',
      text: '',
      departments: [],
      title: [d.title, ...d.aliases].map((t) => foldKey(t)),
      docNumber: d.docNumber ? foldKey(d.docNumber) : '',
      issuers: d.issuers.map((t) => foldKey(t)),
      context: [],
    };
    fuseRecords.push(record);
    // The region is matched here too: its grams reach the document's clauses as context.
    gramTexts.push([...record.title, record.docNumber, d.region, ...record.issuers].join('\n').toLowerCase());
  });

  const firstClause: (Clause | null)[] = documents.map(() => null);
  clauses.forEach((c, i) => {
    const doc = docIndex.get(c.documentId);
    if (doc === undefined) throw new Error(`clause ${c.id} belongs to unknown document ${c.documentId}`);
    const first = firstClause[doc];
    if (!first || c.order < first.order) firstClause[doc] = c;
    records.push({ kind: 'clause', ref: i, doc });
    const record: FuseRecord = {
      heading: c.heading ? foldKey(c.heading) : '',
      text: foldKey(c.text),
      departments: c.departments.map((t) => foldKey(t)),
      title: [],
      docNumber: '',
      issuers: [],
      context: clauseContext[doc]!,
    };
    fuseRecords.push(record);
    gramTexts.push([record.heading, record.text, ...record.departments].join('\n').toLowerCase());
  });

  return {
    documents,
    clauses,
    records,
    recordDocument: Int32Array.from(records, (r) => r.doc),
    documentNames: documents.map((d) =>
      [d.titleSimplified, ...d.aliases, d.region, ...d.issuers, d.docNumber ?? ''].map((s) => foldKey(s).toLowerCase()).join('\n'),
    ),
    documentIndex: docIndex,
    fuseRecords,
    firstClause,
    grams: buildGramIndex(gramTexts),
    scratch: createScratch(records.length),
  };
}
