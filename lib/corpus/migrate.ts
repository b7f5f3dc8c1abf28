import { foldKey } from '../text/fold';
import type { Clause } from './schema';

/**
 * Clause ids are `${documentId}:${path}`, so they survive a re-parse as long as a unit keeps its
 * place. When a corpus update renumbers units (a section inserted, a typo in a label fixed), the
 * notes that link the old ids would lose their clause: this map carries each vanished id to the
 * clause that now holds its text, judged by heading and wording within the same document, or
 * to the document itself when no clause is close enough.
 */
export type ClauseLike = Pick<Clause, 'id' | 'documentId' | 'heading' | 'text'>;

/** Bigram Dice similarity above which a clause is taken to be the same one reworded or moved. */
const SAME_CLAUSE = 0.6;

function bigrams(text: string): Map<string, number> {
  const folded = foldKey(text);
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < folded.length; i++) {
    const g = folded.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [g, n] of a) {
    shared += Math.min(n, b.get(g) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Old id → new id for every clause of `before` that is no longer at its id in `after`: gone,
 * or replaced there by a different text (a unit inserted before it shifts the numbering). Such
 * a clause maps to the best-matching clause of the same document (each taken once), else to
 * the document id while the document is still held. Ids that still hold their clause are not
 * listed.
 */
export function clauseMigration(before: readonly ClauseLike[], after: readonly ClauseLike[]): Map<string, string> {
  const byId = new Map(after.map((c) => [c.id, c]));
  const byDocument = new Map<string, ClauseLike[]>();
  for (const c of after) byDocument.set(c.documentId, [...(byDocument.get(c.documentId) ?? []), c]);
  const gramsOf = new Map<string, Map<string, number>>();
  const grams = (c: ClauseLike) => gramsOf.get(c.id) ?? gramsOf.set(c.id, bigrams(`${c.heading ?? ''}${c.text}`)).get(c.id)!;
  const score = (a: ClauseLike, b: ClauseLike) => {
    const sameHeading = a.heading !== null && b.heading !== null && foldKey(a.heading) === foldKey(b.heading);
    return Math.max(dice(bigrams(`${a.heading ?? ''}${a.text}`), grams(b)), sameHeading ? SAME_CLAUSE : 0);
  };
  const map = new Map<string, string>();
  const moved: ClauseLike[] = [];
  const kept = new Set<string>();
  for (const old of before) {
    const same = byId.get(old.id);
    if (same && (same.text === old.text || score(old, same) >= SAME_CLAUSE)) kept.add(old.id);
    else if (byDocument.has(old.documentId)) moved.push(old);
  }
  for (const old of moved) {
    let best: { id: string; score: number } | null = null;
    for (const c of byDocument.get(old.documentId)!) {
      if (kept.has(c.id)) continue;
      const s = score(old, c);
      if (s >= SAME_CLAUSE && (!best || s > best.score)) best = { id: c.id, score: s };
    }
    if (best) kept.add(best.id);
    map.set(old.id, best?.id ?? old.documentId);
  }
  return map;
}
