import { foldTransient, isHan } from '../text/fold';
import { docNumberEndingAt, docNumberKey, parseDocNumber } from '../refs/docNumber';
import { canonicalTitleCode, isGenericShortTitle, titleKey, titleVariants } from '../refs/title';
import { headingKey, MIN_ALIAS_LENGTH, MIN_BARE_TITLE_LENGTH } from './matcher';
import type { MatcherSource } from './source';
import type { LibraryDigest, PageNeeds } from './page-needs-schema';

/**
 * Only what a page needs of the library. Most pages name no policy document, and a tab should
 * not receive and build a matcher of the whole library (7 MB and half a second at 10,000
 * documents) to learn that. The background digests the library once: hashes of every key
 * detect() looks up, whole for titles and short forms inside 《》 (the page knows where those
 * end), and of their first units for titles (LONG_PREFIX), short forms and clause headings
 * (PREFIX) printed bare. A page reads its text against the digest (NeedsReader) and,
 * only if something could match or a 文号 is printed, asks for the documents those prefixes and
 * 文号 can name (sourceForNeeds): detect() finds on the page exactly what it would with the
 * whole library, since every key that can match there shares a prefix the page sent.
 */

/** Units of a key's start that the digest keeps. */
export const PREFIX = 4;
/** Bare titles are MIN_BARE_TITLE_LENGTH units or more, and many share their first words (关于促进…, 江苏省人民政府关于…). */
const LONG_PREFIX = 12;
/** Keys read after a title bracket (《…》), mapped by canonicalTitleCode; bare titles; other keys read anywhere. */
const CLOSED = 0x51;
const OPEN_LONG = 0x77;
const OPEN = 0xa3;
const CLOSERS_OF_OPENER = new Map([['《', '》'], ['〈', '〉'], ['<', '>'], ['‹', '›'], ['«', '»']].map(([o, c]) => [o!.charCodeAt(0), c!.charCodeAt(0)]));
const HAO = '号'.charCodeAt(0);

export interface LibraryIndex {
  digest: LibraryDigest;
  source: MatcherSource;
  /** Prefix hash → indexes of documents and cited documents with a key of that prefix. */
  documentsAt: Map<number, number[]>;
  /** Documents a generic or short form in 《》 names (《方案》): they count only on a page reprinting them, so only with a heading of theirs. */
  reprintOnlyAt: Map<number, number[]>;
  headingsAt: Map<number, number[]>;
  citedAt: Map<number, number[]>;
  documentsNumbered: Map<number, number[]>;
  citedNumbered: Map<number, number[]>;
  clausesOf: Map<string, MatcherSource['clauses']>;
}

const hashStart = (table: number): number => Math.imul(table, 0x9e3779b1);
const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
function hashEnd(h: number, length: number): number {
  h = Math.imul(h ^ length, 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}

function prefixHash(table: number, text: string, from: number, length: number): number {
  let h = hashStart(table);
  for (let i = from; i < from + length; i++) h = hashStep(h, text.charCodeAt(i));
  return hashEnd(h, length);
}

function add<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** Every key of a document's or cited document's title or short form, as buildMatcher could insert it. */
function titleKeys(texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => [titleKey(text), ...titleVariants(titleKey(text))]).filter((key) => key.length > 0))];
}

/** Digests the library (in the background, once per library change). */
export function buildLibraryIndex(source: MatcherSource): LibraryIndex {
  const keys: { table: number; key: string; document?: number; cited?: number; reprintOnly?: boolean; heading?: boolean }[] = [];
  // As buildMatcher reads them: titles bare from MIN_BARE_TITLE_LENGTH on, aliases from
  // MIN_ALIAS_LENGTH unless generic (those, like short ones, only inside 《》).
  const bare = (key: string, minLength: number) => key.length >= minLength && isHan(key.charCodeAt(0));
  source.documents.forEach((doc, document) => {
    for (const key of titleKeys([doc.title, doc.titleSimplified])) {
      keys.push({ table: CLOSED, key, document });
      if (bare(key, MIN_BARE_TITLE_LENGTH)) keys.push({ table: key.length >= LONG_PREFIX ? OPEN_LONG : OPEN, key, document });
    }
    for (const alias of doc.aliases) {
      const generic = titleKey(alias).length < MIN_ALIAS_LENGTH || isGenericShortTitle(titleKey(alias));
      for (const key of titleKeys([alias])) {
        keys.push({ table: CLOSED, key, document, reprintOnly: generic });
        if (!generic && bare(key, MIN_ALIAS_LENGTH)) keys.push({ table: key.length >= LONG_PREFIX ? OPEN_LONG : OPEN, key, document });
      }
    }
  });
  source.cited.forEach((cited, index) => {
    if (cited.title) for (const key of titleKeys([cited.title])) keys.push({ table: CLOSED, key, cited: index });
  });
  const documentIndex = new Map(source.documents.map((doc, index) => [doc.id, index]));
  const clausesOf = new Map<string, MatcherSource['clauses']>();
  for (const clause of source.clauses) {
    const list = clausesOf.get(clause.documentId);
    if (list) list.push(clause);
    else clausesOf.set(clause.documentId, [clause]);
    const key = headingKey(clause);
    const document = documentIndex.get(clause.documentId);
    if (key && document !== undefined) keys.push({ table: OPEN, key, document, heading: true });
  }

  const documentsAt = new Map<number, number[]>();
  const reprintOnlyAt = new Map<number, number[]>();
  const headingsAt = new Map<number, number[]>();
  const citedAt = new Map<number, number[]>();
  const openStarts = new Set<number>();
  const openLengths = new Set<number>();
  let closedMax = 0;
  for (const { table: kind, key, document, cited, reprintOnly, heading } of keys) {
    let length = key.length;
    if (kind === CLOSED) closedMax = Math.max(closedMax, length);
    else {
      length = Math.min(kind === OPEN_LONG ? LONG_PREFIX : PREFIX, length);
      if (length < PREFIX) openLengths.add(length);
      openStarts.add(key.charCodeAt(0));
    }
    const hash = prefixHash(kind, key, 0, length);
    if (document !== undefined) add(reprintOnly ? reprintOnlyAt : documentsAt, hash, document);
    if (document !== undefined && heading) add(headingsAt, hash, document);
    if (cited !== undefined) add(citedAt, hash, cited);
  }
  const documentsNumbered = new Map<number, number[]>();
  const citedNumbered = new Map<number, number[]>();
  const numbered = (printed: string | null | undefined, map: Map<number, number[]>, index: number) => {
    const parts = printed ? parseDocNumber(printed) : null;
    if (parts) add(map, docNumberKey(parts.year, parts.serial), index);
  };
  source.documents.forEach((doc, index) => numbered(doc.docNumber, documentsNumbered, index));
  source.cited.forEach((cited, index) => numbered(cited.docNumber, citedNumbered, index));
  const digest: LibraryDigest = {
    prefixes: toBase64(new Uint8Array(Uint32Array.from(new Set([...documentsAt.keys(), ...reprintOnlyAt.keys(), ...citedAt.keys()])).sort().buffer)),
    openStarts: [...openStarts],
    closedMax,
    openLengths: [...openLengths],
  };
  return { digest, source, documentsAt, reprintOnlyAt, headingsAt, citedAt, documentsNumbered, citedNumbered, clausesOf };
}

/**
 * The part of the library a page's needs can name: the documents and cited documents with a
 * key of a prefix the page hit or a 文号 it prints (a generic short form, only with a heading
 * of its document: it names a document only on a page reprinting it), the documents those
 * cited ones are held as, and all the clauses of those documents (clause mentions and
 * reprints need them all).
 */
export function sourceForNeeds(index: LibraryIndex, needs: PageNeeds): MatcherSource {
  const documents = new Set<number>();
  const cited = new Set<number>();
  const headed = new Set<number>();
  for (const hash of needs.prefixes) {
    for (const d of index.documentsAt.get(hash) ?? []) documents.add(d);
    for (const d of index.headingsAt.get(hash) ?? []) headed.add(d);
    for (const c of index.citedAt.get(hash) ?? []) cited.add(c);
  }
  for (const hash of needs.prefixes) for (const d of index.reprintOnlyAt.get(hash) ?? []) if (headed.has(d)) documents.add(d);
  for (const key of needs.docNumbers) {
    for (const d of index.documentsNumbered.get(key) ?? []) documents.add(d);
    for (const c of index.citedNumbered.get(key) ?? []) cited.add(c);
  }
  const { source } = index;
  const held = new Set(source.documents.map((doc) => doc.id));
  const ids = new Set([...documents].map((d) => source.documents[d]!.id));
  for (const c of cited) {
    const heldAs = source.cited[c]!.heldDocumentId;
    if (heldAs && held.has(heldAs)) ids.add(heldAs);
  }
  // In library order, as buildMatcher would have met them in the whole library.
  return {
    documents: source.documents.filter((doc) => ids.has(doc.id)),
    cited: source.cited.filter((_, c) => cited.has(c)),
    clauses: source.documents.filter((doc) => ids.has(doc.id)).flatMap((doc) => index.clausesOf.get(doc.id) ?? []),
  };
}

/**
 * Reads page text against a digest, chunk by chunk, folded as detect() folds it. What it
 * collects is what the page asks the background for; nothing collected, nothing asked.
 */
export class NeedsReader {
  private readonly known: Uint32Array;
  /** One bit per low 16 bits of a known hash: most misses end at this read. */
  private readonly filter: Uint8Array;
  /** Per UTF-16 unit: 1 a title bracket, 2 the 号 of a 文号, 4 the start of a key read anywhere. */
  private readonly starts: Uint8Array;
  private readonly closedMax: number;
  private readonly openLengths: number[];
  readonly prefixes = new Set<number>();
  readonly docNumbers = new Set<number>();

  constructor(digest: LibraryDigest) {
    ({ known: this.known, filter: this.filter, starts: this.starts } = decoded(digest));
    this.closedMax = digest.closedMax;
    this.openLengths = [...digest.openLengths, PREFIX];
  }

  /** Reads one chunk of page text (blocks separated by '\n'). */
  read(text: string): void {
    const f = foldTransient(text, { dropWhitespace: true, dropPinyin: true }).text;
    const n = f.length;
    const { starts } = this;
    for (let i = 0; i < n; i++) {
      const flags = starts[f.charCodeAt(i)]!;
      if (flags === 0) continue;
      if (flags & 1) this.readClosed(f, i);
      if (flags & 2) {
        // The year and serial do not depend on how far back the issuer may run: read with no floor.
        const number = docNumberEndingAt(f, i);
        if (number) this.docNumbers.add(docNumberKey(number.year, number.serial));
      }
      if (flags & 4) {
        for (const length of this.openLengths) if (i + length <= n) this.hit(prefixHash(OPEN, f, i, length));
        if (i + LONG_PREFIX <= n) this.hit(prefixHash(OPEN_LONG, f, i, LONG_PREFIX));
      }
    }
  }

  /** Every text between the bracket at `open` and a closing bracket of its kind, up to the longest key, as detect() reads titles. */
  private readClosed(f: string, open: number): void {
    const close = CLOSERS_OF_OPENER.get(f.charCodeAt(open));
    if (close === undefined) return;
    const end = Math.min(f.length, open + 1 + this.closedMax);
    let h = hashStart(CLOSED);
    for (let j = open + 1; j <= end; j++) {
      if (j > open + 1 && f.charCodeAt(j) === close) this.hit(hashEnd(h, j - open - 1));
      if (j < end) h = hashStep(h, canonicalTitleCode(f.charCodeAt(j)));
    }
  }

  private hit(hash: number): void {
    if ((this.filter[(hash & 0xffff) >>> 3]! & (1 << (hash & 7))) === 0) return;
    const { known } = this;
    let low = 0;
    let high = known.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (known[middle]! < hash) low = middle + 1;
      else high = middle;
    }
    if (low < known.length && known[low] === hash) this.prefixes.add(hash);
  }

  /** Whether the page has shown nothing the library or a 文号 could be. */
  get empty(): boolean {
    return this.prefixes.size === 0 && this.docNumbers.size === 0;
  }

  needs(): PageNeeds {
    return { prefixes: [...this.prefixes], docNumbers: [...this.docNumbers] };
  }

  /** Whether `needs` asked for everything this reader has collected. */
  coveredBy(needs: PageNeeds): boolean {
    const prefixes = new Set(needs.prefixes);
    const docNumbers = new Set(needs.docNumbers);
    for (const bit of this.prefixes) if (!prefixes.has(bit)) return false;
    for (const key of this.docNumbers) if (!docNumbers.has(key)) return false;
    return true;
  }
}

type Decoded = { known: Uint32Array; filter: Uint8Array; starts: Uint8Array };
const decodedDigests = new WeakMap<LibraryDigest, Decoded>();

/** A digest's tables, made once however many readers use it (a probe per changing block, say). */
function decoded(digest: LibraryDigest): Decoded {
  let tables = decodedDigests.get(digest);
  if (!tables) {
    const bytes = fromBase64(digest.prefixes);
    const known = new Uint32Array(bytes.buffer, 0, bytes.length >>> 2);
    const filter = new Uint8Array(0x2000);
    for (const hash of known) filter[(hash & 0xffff) >>> 3]! |= 1 << (hash & 7);
    const starts = new Uint8Array(0x10000);
    for (const code of CLOSERS_OF_OPENER.keys()) starts[code]! |= 1;
    starts[HAO]! |= 2;
    for (const code of digest.openStarts) starts[code]! |= 4;
    tables = { known, filter, starts };
    decodedDigests.set(digest, tables);
  }
  return tables;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
