/**
 * A character trie over folded keys (longest match). Matching walks the text at one position
 * for at most the longest key, so a scan stays linear in the text.
 *
 * Nodes are numbers and edges live in one open-addressing hash table of typed arrays keyed by
 * (parent, UTF-16 unit): a trie per node Map made a 10,000-document matcher millions of small
 * objects, so building it was mostly garbage collection and every lookup chased pointers.
 */
const EMPTY = 0;
const MIN_BITS = 4;

export class Trie<V> {
  /** Node 0 is the root. */
  readonly root = 0;
  /** parent + 1 per slot (EMPTY: a free slot), the unit on the edge, and the child node. */
  private slotParent: Int32Array;
  private slotCode: Uint16Array;
  private slotChild: Int32Array;
  private bits: number;
  private edges = 0;
  /** Per node: index into `values`, or -1. */
  private valueAt: Int32Array;
  private readonly values: V[] = [];
  /** Units that start a key, and hashed first two units of keys (see pairHash). */
  private readonly starts = new Set<number>();
  private readonly pairList: number[] = [];

  constructor(expectedNodes = 16) {
    this.bits = MIN_BITS;
    while (1 << this.bits < expectedNodes * 2) this.bits++;
    this.slotParent = new Int32Array(1 << this.bits);
    this.slotCode = new Uint16Array(1 << this.bits);
    this.slotChild = new Int32Array(1 << this.bits);
    this.valueAt = new Int32Array(Math.max(16, expectedNodes)).fill(-1);
  }

  /** Number of keys held. */
  get size(): number {
    return this.values.length;
  }

  /** The child of `node` along `code`, or -1. */
  child(node: number, code: number): number {
    const mask = (1 << this.bits) - 1;
    const tag = node + 1;
    for (let slot = hash(node, code, this.bits); ; slot = (slot + 1) & mask) {
      const p = this.slotParent[slot]!;
      if (p === EMPTY) return -1;
      if (p === tag && this.slotCode[slot] === code) return this.slotChild[slot]!;
    }
  }

  /** The value held at `node`, if a key ends there. */
  value(node: number): V | undefined {
    const at = this.valueAt[node]!;
    return at < 0 ? undefined : this.values[at];
  }

  /** Units that start some key. */
  firstCodes(): Iterable<number> {
    return this.starts;
  }

  /** pairHash of the first two units of every key of two or more units. */
  pairs(): readonly number[] {
    return this.pairList;
  }

  /** Adds `key`; `merge` decides what a key already present ends up holding. */
  insert(key: string, value: V, merge: (old: V, added: V) => V = (_old, added) => added): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = this.child(node, code);
      if (next < 0) {
        next = this.addEdge(node, code);
        if (i === 0) this.starts.add(code);
        else if (i === 1) this.pairList.push(pairHash(key.charCodeAt(0), code));
      }
      node = next;
    }
    const at = this.valueAt[node]!;
    if (at < 0) {
      this.valueAt[node] = this.values.length;
      this.values.push(value);
    } else this.values[at] = merge(this.values[at]!, value);
  }

  private addEdge(parent: number, code: number): number {
    if ((this.edges + 1) * 4 > (1 << this.bits) * 3) this.grow();
    const node = ++this.edges;
    if (node >= this.valueAt.length) {
      const grown = new Int32Array(this.valueAt.length * 2).fill(-1);
      grown.set(this.valueAt);
      this.valueAt = grown;
    }
    this.place(parent, code, node);
    return node;
  }

  private place(parent: number, code: number, child: number): void {
    const mask = (1 << this.bits) - 1;
    let slot = hash(parent, code, this.bits);
    while (this.slotParent[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slotParent[slot] = parent + 1;
    this.slotCode[slot] = code;
    this.slotChild[slot] = child;
  }

  private grow(): void {
    const [parents, codes, children] = [this.slotParent, this.slotCode, this.slotChild];
    this.bits++;
    this.slotParent = new Int32Array(1 << this.bits);
    this.slotCode = new Uint16Array(1 << this.bits);
    this.slotChild = new Int32Array(1 << this.bits);
    for (let slot = 0; slot < parents.length; slot++) if (parents[slot] !== EMPTY) this.place(parents[slot]! - 1, codes[slot]!, children[slot]!);
  }
}

function hash(parent: number, code: number, bits: number): number {
  return Math.imul(Math.imul(parent, 0x01000193) ^ code, 0x9e3779b1) >>> (32 - bits);
}

export function createTrie<V>(): Trie<V> {
  return new Trie<V>();
}

/** Adds `key`; `merge` decides what a key already present ends up holding. */
export function trieInsert<V>(trie: Trie<V>, key: string, value: V, merge?: (old: V, added: V) => V): void {
  trie.insert(key, value, merge);
}

/**
 * Two-character prefixes of the keys of some tries, hashed into a bit table: a scan tests it
 * before walking a trie, so the frequent characters that merely start a key (中, 第, digits)
 * cost one table read instead of several lookups.
 */
export function pairHash(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

export function addPairs(table: Uint8Array, trie: Trie<unknown>): void {
  for (const pair of trie.pairs()) table[pair] = 1;
}

export interface TrieMatch<V> {
  end: number;
  value: V;
}

/** Longest key starting at `from`. */
export function trieLongest<V>(trie: Trie<V>, text: string, from: number): TrieMatch<V> | null {
  let node = trie.root;
  let best = -1;
  let bestEnd = 0;
  for (let i = from; i < text.length; i++) {
    node = trie.child(node, text.charCodeAt(i));
    if (node < 0) break;
    if (trie.value(node) !== undefined) {
      best = node;
      bestEnd = i + 1;
    }
  }
  return best < 0 ? null : { end: bestEnd, value: trie.value(best)! };
}

/**
 * Longest key starting at `from` that is followed by the character `close`, with text
 * characters passed through `mapCode` first (the way the keys were folded).
 */
export function trieLongestClosed<V>(trie: Trie<V>, text: string, from: number, close: number, mapCode: (code: number) => number): TrieMatch<V> | null {
  let node = trie.root;
  let best = -1;
  let bestEnd = 0;
  for (let i = from; i < text.length; i++) {
    node = trie.child(node, mapCode(text.charCodeAt(i)));
    if (node < 0) break;
    if (trie.value(node) !== undefined && text.charCodeAt(i + 1) === close) {
      best = node;
      bestEnd = i + 1;
    }
  }
  return best < 0 ? null : { end: bestEnd, value: trie.value(best)! };
}
