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

export interface TrieMatch<V> {
  end: number;
  value: V;
}

/**
 * Longest key starting at `from`. `accept(end)` can veto a candidate end (e.g. require a
 * closing bracket there); `mapCode` folds text characters the same way the keys were folded.
 */
export function trieLongest<V>(
  root: TrieNode<V>,
  text: string,
  from: number,
  accept: (end: number, value: V) => boolean = () => true,
  mapCode: (code: number) => number = (code) => code,
): TrieMatch<V> | null {
  let node: TrieNode<V> | undefined = root;
  let best: TrieMatch<V> | null = null;
  for (let i = from; i < text.length; i++) {
    node = node.next.get(mapCode(text.charCodeAt(i)));
    if (!node) break;
    if (node.value !== undefined && accept(i + 1, node.value)) best = { end: i + 1, value: node.value };
  }
  return best;
}
