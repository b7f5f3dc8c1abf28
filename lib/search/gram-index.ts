/**
 * Character n-gram inverted index: Chinese has no word boundaries, so overlapping bigrams
 * (and single characters, for one-character queries) stand in for words. It only narrows the
 * candidates; fuse.js ranks them.
 */

// 0: not yet known, 1: a letter or digit, 2: anything else. Grams never span punctuation.
const wordUnitTable = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordUnit(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  let known = wordUnitTable[code]!;
  if (known === 0) {
    // Surrogate halves count as letters: they only occur in pairs inside words of rare characters.
    known = (code >= 0xd800 && code <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnitTable[code] = known;
  }
  return known === 1;
}

export interface GramIndex {
  size: number;
  /**
   * Dense id (from 1) of each UTF-16 unit the library holds; 0 for unseen units. Grams are
   * numbered from ids, unigram = id and bigram = id₁·2¹⁶ + id₂, so that with the few thousand
   * characters of a real library every key is a small integer, which V8 hashes fastest.
   */
  unitIds: Uint16Array;
  /** Record numbers holding each gram, ascending. */
  postings: Map<number, Int32Array>;
}

/**
 * Calls `visit` with each gram of `text`, repeats included. Units the library has not seen
 * yet get an id from `newId` while indexing, and otherwise end the gram (it cannot be held).
 */
function forEachGram(index: GramIndex, text: string, size: 1 | 2, newId: (() => number) | null, visit: (gram: number) => void): void {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let id = 0;
    if (isWordUnit(code)) {
      id = index.unitIds[code]!;
      if (id === 0 && newId) id = index.unitIds[code] = newId();
    }
    if (id === 0) {
      previous = 0;
      continue;
    }
    if (size === 1) visit(id);
    else if (previous !== 0) visit(previous * 0x10000 + id);
    previous = id;
  }
}

/** Distinct grams of a folded text that the library can hold. */
export function gramsOf(index: GramIndex, text: string, size: 1 | 2): number[] {
  const grams = new Set<number>();
  forEachGram(index, text, size, null, (gram) => grams.add(gram));
  return [...grams];
}

/** `texts[i]` is the folded text of record i. */
export function buildGramIndex(texts: readonly string[]): GramIndex {
  const index: GramIndex = { size: texts.length, unitIds: new Uint16Array(0x10000), postings: new Map() };
  // Pass 1 numbers the distinct grams (slots) and writes each record's distinct slots into
  // one growing buffer; pass 2 lays the posting lists out in a single Int32Array. Typed
  // buffers instead of a JS array per gram keep 100,000 records from churning the GC.
  const slotOf = new Map<number, number>();
  let counts = new Int32Array(1024);
  let lastRecord = new Int32Array(1024).fill(-1);
  let sequence = new Int32Array(1 << 16);
  let used = 0;
  const recordEnds = new Int32Array(texts.length);
  let units = 0;
  const newId = () => ++units;
  let record = 0;
  const add = (gram: number) => {
    let slot = slotOf.get(gram);
    if (slot === undefined) {
      slot = slotOf.size;
      slotOf.set(gram, slot);
      if (slot === counts.length) {
        counts = grow(counts, 0);
        lastRecord = grow(lastRecord, -1);
      }
    }
    if (lastRecord[slot] === record) return;
    lastRecord[slot] = record;
    counts[slot]!++;
    if (used === sequence.length) sequence = grow(sequence, 0);
    sequence[used++] = slot;
  };
  for (; record < texts.length; record++) {
    forEachGram(index, texts[record]!, 1, newId, add);
    forEachGram(index, texts[record]!, 2, newId, add);
    recordEnds[record] = used;
  }

  const all = new Int32Array(used);
  const start = new Int32Array(slotOf.size + 1);
  for (let slot = 0; slot < slotOf.size; slot++) start[slot + 1] = start[slot]! + counts[slot]!;
  const fill = start.slice(0, slotOf.size);
  for (let r = 0, k = 0; r < texts.length; r++) {
    for (; k < recordEnds[r]!; k++) all[fill[sequence[k]!]!++] = r;
  }
  for (const [gram, slot] of slotOf) index.postings.set(gram, all.subarray(start[slot]!, start[slot + 1]!));
  return index;
}

function grow(array: Int32Array<ArrayBuffer>, fillWith: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2).fill(fillWith);
  bigger.set(array);
  return bigger;
}

/** Bytes held by the posting lists (typed arrays only; map overhead excluded). */
export function postingBytes(index: GramIndex): number {
  let bytes = 0;
  for (const list of index.postings.values()) bytes += list.byteLength;
  return bytes;
}

export interface QueryGrams {
  grams: number[];
  /** Inverse document frequency of each gram. */
  weights: number[];
}

/** At most 31 grams so that a record's matched set fits in a 32-bit mask. */
export const MAX_QUERY_GRAMS = 31;

export function queryGrams(index: GramIndex, words: readonly string[]): QueryGrams {
  const compactLength = words.reduce((n, w) => n + w.length, 0);
  const size = compactLength === 1 ? 1 : 2;
  // Grams the library does not hold can match nothing and would only dilute coverage.
  const grams = [...new Set(words.flatMap((w) => gramsOf(index, w, size)))].filter((g) => index.postings.has(g)).slice(0, MAX_QUERY_GRAMS);
  const weights = grams.map((g) => Math.log(1 + index.size / index.postings.get(g)!.length));
  return { grams, weights };
}

/** Per-record buffers reused by every query, so that a query allocates only for the records it touches. */
export interface MatchScratch {
  /** Mask per record; all zero between queries. */
  masks: Uint32Array;
  /** Records touched by the current query, in `touched[0 … count)`. */
  touched: Int32Array;
}

export function createScratch(size: number): MatchScratch {
  return { masks: new Uint32Array(size), touched: new Int32Array(size) };
}

/**
 * Sets in `scratch.masks` the bitmask of query grams each record contains, for the records
 * that contain any and pass `accept` (null: all). Returns how many records were touched; the
 * caller reads them and must then call `clearMasks`.
 */
export function matchMasks(index: GramIndex, query: QueryGrams, scratch: MatchScratch, accept: Uint8Array | null): number {
  const { masks, touched } = scratch;
  let count = 0;
  query.grams.forEach((gram, bit) => {
    const list = index.postings.get(gram);
    if (!list) return;
    const flag = 1 << bit;
    for (let k = 0; k < list.length; k++) {
      const record = list[k]!;
      if (accept !== null && accept[record] === 0) continue;
      if (masks[record] === 0) touched[count++] = record;
      masks[record] = masks[record]! | flag;
    }
  });
  return count;
}

export function clearMasks(scratch: MatchScratch, count: number): void {
  for (let k = 0; k < count; k++) scratch.masks[scratch.touched[k]!] = 0;
}

export function maskWeight(mask: number, weights: readonly number[]): number {
  let sum = 0;
  while (mask !== 0) {
    sum += weights[31 - Math.clz32(mask & -mask)]!;
    mask &= mask - 1;
  }
  return sum;
}
