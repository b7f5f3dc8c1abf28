import { foldTransient, isHan } from '../text/fold';
import { docNumberEndingAt, docNumberKey, parseDocNumber } from '../refs/docNumber';
import { canonicalTitleCode, titleKey, titleVariants } from '../refs/title';
import { headingKey, MIN_ALIAS_LENGTH } from './matcher';
import type { MatcherSource } from './source';
import type { LibraryDigest, PageNeeds } from './page-needs-schema';

/**
 * Only what a page needs of the library. Most pages name no policy document, and a tab should
 * not receive and build a matcher of the whole library (7 MB and half a second at 10,000
 * documents) to learn that. The background digests the library once: the first PREFIX units
 * of every key detect() looks up, hashed (titles and short forms inside 《》, titles and clause
 * headings printed bare). A page reads its text against the digest (NeedsReader) and,
 * only if something could match or a 文号 is printed, asks for the documents those prefixes and
 * 文号 can name (sourceForNeeds): detect() finds on the page exactly what it would with the
 * whole library, since every key that can match there shares a prefix the page sent.
 */

/** Units of a key's start that the digest keeps. */
export const PREFIX = 4;
/** Keys read after a title bracket (《…》), mapped by canonicalTitleCode, and keys read anywhere. */
const CLOSED = 0x51;
const OPEN = 0xa3;
const TITLE_OPENERS = ['《', '〈', '<', '‹', '«'].map((c) => c.charCodeAt(0));
const HAO = '号'.charCodeAt(0);

export interface LibraryIndex {
  digest: LibraryDigest;
  source: MatcherSource;
  /** Prefix hash → indexes of documents and cited documents with a key of that prefix. */
  documentsAt: Map<number, number[]>;
  citedAt: Map<number, number[]>;
  documentsNumbered: Map<number, number[]>;
  citedNumbered: Map<number, number[]>;
  clausesOf: Map<string, MatcherSource['clauses']>;
}

function prefixHash(table: number, text: string, from: number, length: number, map?: (code: number) => number): number {
  let h = Math.imul(table ^ length, 0x9e3779b1);
  for (let i = from; i < from + length; i++) h = Math.imul(h ^ (map ? map(text.charCodeAt(i)) : text.charCodeAt(i)), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
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
  const keys: { table: number; key: string; document?: number; cited?: number }[] = [];
  source.documents.forEach((doc, document) => {
    for (const key of titleKeys([doc.title, doc.titleSimplified, ...doc.aliases])) {
      keys.push({ table: CLOSED, key, document });
      // Read bare from MIN_ALIAS_LENGTH on (titles from MIN_BARE_TITLE_LENGTH): a superset of buildMatcher's bare keys.
      if (key.length >= MIN_ALIAS_LENGTH && isHan(key.charCodeAt(0))) keys.push({ table: OPEN, key, document });
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
    if (key && document !== undefined) keys.push({ table: OPEN, key, document });
  }

  const documentsAt = new Map<number, number[]>();
  const citedAt = new Map<number, number[]>();
  const openStarts = new Set<number>();
  const lengths = { [CLOSED]: new Set<number>(), [OPEN]: new Set<number>() } as Record<number, Set<number>>;
  for (const { table: kind, key, document, cited } of keys) {
    const length = Math.min(PREFIX, key.length);
    if (length < PREFIX) lengths[kind]!.add(length);
    if (kind === OPEN) openStarts.add(key.charCodeAt(0));
    const hash = prefixHash(kind, key, 0, length);
    if (document !== undefined) add(documentsAt, hash, document);
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
    prefixes: toBase64(new Uint8Array(Uint32Array.from(new Set([...documentsAt.keys(), ...citedAt.keys()])).sort().buffer)),
    openStarts: [...openStarts],
    closedLengths: [...lengths[CLOSED]!],
    openLengths: [...lengths[OPEN]!],
  };
  return { digest, source, documentsAt, citedAt, documentsNumbered, citedNumbered, clausesOf };
}

/**
 * The part of the library a page's needs can name: the documents and cited documents with a
 * key of a prefix the page hit or a 文号 it prints, the documents those cited ones are held
 * as, and all the clauses of those documents (clause mentions and reprints need them all).
 */
export function sourceForNeeds(index: LibraryIndex, needs: PageNeeds): MatcherSource {
  const documents = new Set<number>();
  const cited = new Set<number>();
  for (const hash of needs.prefixes) {
    for (const d of index.documentsAt.get(hash) ?? []) documents.add(d);
    for (const c of index.citedAt.get(hash) ?? []) cited.add(c);
  }
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
  private readonly starts = new Uint8Array(0x10000);
  private readonly closedLengths: number[];
  private readonly openLengths: number[];
  readonly prefixes = new Set<number>();
  readonly docNumbers = new Set<number>();

  constructor(digest: LibraryDigest) {
    ({ known: this.known, filter: this.filter } = decoded(digest));
    for (const code of TITLE_OPENERS) this.starts[code]! |= 1;
    this.starts[HAO]! |= 2;
    for (const code of digest.openStarts) this.starts[code]! |= 4;
    this.closedLengths = [...digest.closedLengths, PREFIX];
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
      if (flags & 1) for (const length of this.closedLengths) if (i + 1 + length <= n) this.hit(prefixHash(CLOSED, f, i + 1, length, canonicalTitleCode));
      if (flags & 2) {
        // The year and serial do not depend on how far back the issuer may run: read with no floor.
        const number = docNumberEndingAt(f, i);
        if (number) this.docNumbers.add(docNumberKey(number.year, number.serial));
      }
      if (flags & 4) for (const length of this.openLengths) if (i + length <= n) this.hit(prefixHash(OPEN, f, i, length));
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

const decodedDigests = new WeakMap<LibraryDigest, { known: Uint32Array; filter: Uint8Array }>();

/** A digest's hashes, decoded once however many readers use it. */
function decoded(digest: LibraryDigest): { known: Uint32Array; filter: Uint8Array } {
  let tables = decodedDigests.get(digest);
  if (!tables) {
    const bytes = fromBase64(digest.prefixes);
    const known = new Uint32Array(bytes.buffer, 0, bytes.length >>> 2);
    const filter = new Uint8Array(0x2000);
    for (const hash of known) filter[(hash & 0xffff) >>> 3]! |= 1 << (hash & 7);
    tables = { known, filter };
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
