/**
 * Character n-gram inverted index: Chinese has no word boundaries, so overlapping bigrams
 * (and single characters, for one-character queries) stand in for words. It only narrows the
 * candidates; fuse.js ranks them.
 */

/** A bigram or unigram of UTF-16 units as one number, cheaper than string keys. */
function gramKey(text: string, i: number, size: 1 | 2): number {
  const a = text.charCodeAt(i);
  return size === 1 ? a : a * 0x10000 + text.charCodeAt(i + 1);
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Distinct grams of a folded text; grams never span punctuation. */
export function gramsOf(text: string, size: 1 | 2): number[] {
  const grams = new Set<number>();
  for (const [run] of text.matchAll(WORD_RUN)) {
    for (let i = 0; i + size <= run.length; i++) grams.add(gramKey(run, i, size));
  }
  return [...grams];
}

export interface GramIndex {
  size: number;
  postings: Map<number, Int32Array>;
}

/** `texts[i]` is the folded text of record i. */
export function buildGramIndex(texts: readonly string[]): GramIndex {
  const lists = new Map<number, number[]>();
  texts.forEach((text, record) => {
    for (const size of [1, 2] as const) {
      for (const gram of gramsOf(text, size)) {
        const list = lists.get(gram);
        if (list) list.push(record);
        else lists.set(gram, [record]);
      }
    }
  });
  const postings = new Map<number, Int32Array>();
  for (const [gram, list] of lists) postings.set(gram, Int32Array.from(list));
  return { size: texts.length, postings };
}

/** Bytes held by the posting lists (typed arrays only; map overhead excluded). */
export function postingBytes(index: GramIndex): number {
  let bytes = 0;
  for (const list of index.postings.values()) bytes += list.byteLength;
  return bytes;
}

export interface QueryGrams {
  grams: number[];
  /** Inverse document frequency of each gram; 0 for grams the corpus does not contain. */
  weights: number[];
}

/** At most 31 grams so that a record's matched set fits in a 32-bit mask. */
export const MAX_QUERY_GRAMS = 31;

export function queryGrams(index: GramIndex, words: readonly string[]): QueryGrams {
  const compactLength = words.reduce((n, w) => n + w.length, 0);
  const size = compactLength === 1 ? 1 : 2;
  const grams = [...new Set(words.flatMap((w) => gramsOf(w, size)))].slice(0, MAX_QUERY_GRAMS);
  const weights = grams.map((g) => {
    const df = index.postings.get(g)?.length ?? 0;
    return df === 0 ? 0 : Math.log(1 + index.size / df);
  });
  return { grams, weights };
}

/**
 * Per-record bitmask of the query grams it contains, for the records that contain any.
 * `scratch` is reused between queries (length ≥ index.size, all zero on entry and on exit).
 */
export function matchMasks(
  index: GramIndex,
  query: QueryGrams,
  scratch: Uint32Array,
  accept: (record: number) => boolean,
): { records: number[]; masks: number[] } {
  const touched: number[] = [];
  query.grams.forEach((gram, bit) => {
    const list = index.postings.get(gram);
    if (!list) return;
    const flag = 1 << bit;
    for (let k = 0; k < list.length; k++) {
      const record = list[k]!;
      if (scratch[record] === 0) {
        if (!accept(record)) continue;
        touched.push(record);
      }
      scratch[record]! |= flag;
    }
  });
  const masks = touched.map((record) => scratch[record]!);
  for (const record of touched) scratch[record] = 0;
  return { records: touched, masks };
}

export function maskWeight(mask: number, weights: readonly number[]): number {
  let sum = 0;
  for (let bit = 0; mask !== 0; bit++, mask >>>= 1) if (mask & 1) sum += weights[bit]!;
  return sum;
}
