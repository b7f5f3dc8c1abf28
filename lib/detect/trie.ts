/**
 * A character trie over folded keys (one Map per node, longest match). Matching walks the
 * text at one position for at most the longest key, so a scan stays linear in the text.
 */
export interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value?: V;
}

export function createTrie<V>(): TrieNode<V> {
  return { next: new Map() };
}

/** Adds `key`; `merge` decides what a key already present ends up holding. */
export function trieInsert<V>(root: TrieNode<V>, key: string, value: V, merge: (old: V, added: V) => V = (_old, added) => added): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = { next: new Map() };
      node.next.set(code, child);
    }
    node = child;
  }
  node.value = node.value === undefined ? value : merge(node.value, value);
}

/**
 * Two-character prefixes of the keys of some tries, hashed into a bit table: a scan tests it
 * before walking a trie, so the frequent characters that merely start a key (中, 第, digits)
 * cost one table read instead of several Map lookups.
 */
export function pairHash(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

export function addPairs(table: Uint8Array, root: TrieNode<unknown>): void {
  for (const [first, child] of root.next) for (const second of child.next.keys()) table[pairHash(first, second)] = 1;
}

export interface TrieMatch<V> {
  end: number;
  value: V;
}

/** Longest key starting at `from`. */
export function trieLongest<V>(root: TrieNode<V>, text: string, from: number): TrieMatch<V> | null {
  let node: TrieNode<V> | undefined = root;
  let best: TrieMatch<V> | null = null;
  for (let i = from; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.value !== undefined) best = { end: i + 1, value: node.value };
  }
  return best;
}

/**
 * Longest key starting at `from` that is followed by the character `close`, with text
 * characters passed through `mapCode` first (the way the keys were folded).
 */
export function trieLongestClosed<V>(root: TrieNode<V>, text: string, from: number, close: number, mapCode: (code: number) => number): TrieMatch<V> | null {
  let node: TrieNode<V> | undefined = root;
  let best: TrieMatch<V> | null = null;
  for (let i = from; i < text.length; i++) {
    node = node.next.get(mapCode(text.charCodeAt(i)));
    if (!node) break;
    if (node.value !== undefined && text.charCodeAt(i + 1) === close) best = { end: i + 1, value: node.value };
  }
  return best;
}
