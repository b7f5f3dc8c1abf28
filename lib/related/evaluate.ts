import { z } from 'zod';
import type { Corpus } from '../corpus/schema';

/** test/gold/related.json: topic groups of clause ids, written by reading the documents. */
export const GoldSetSchema = z.object({
  description: z.string(),
  groups: z
    .array(
      z.object({
        id: z.string().min(1),
        label: z.string().min(1),
        clauses: z.array(z.string().min(1)).min(2),
      }),
    )
    .min(1),
});
export type GoldSet = z.infer<typeof GoldSetSchema>;

export interface Evaluation {
  /** Gold clauses that have at least one group-mate in another document. */
  queries: number;
  /** Mean share of the first 3 related clauses that share a topic group with the query (a missing slot counts as wrong). */
  precisionAt3: number;
  /** Mean share of the query's group-mates in other documents found in the first 5. */
  recallAt5: number;
  /** As recallAt5, but out of at most 5 group-mates, so a perfect list of 5 scores 1. */
  cappedRecallAt5: number;
  /** Gold ids that are not clauses of the corpus. */
  missing: string[];
}

export function evaluateRelated(corpus: Corpus, gold: GoldSet): Evaluation {
  const byId = new Map(corpus.clauses.map((c) => [c.id, c]));
  const missing = [...new Set(gold.groups.flatMap((g) => g.clauses))].filter((id) => !byId.has(id));

  const mates = new Map<string, Set<string>>();
  for (const group of gold.groups) {
    for (const id of group.clauses) {
      const set = mates.get(id) ?? new Set<string>();
      for (const other of group.clauses) if (other !== id) set.add(other);
      mates.set(id, set);
    }
  }

  let queries = 0;
  let precision = 0;
  let recall = 0;
  let capped = 0;
  for (const [id, mateIds] of mates) {
    const clause = byId.get(id);
    if (!clause) continue;
    // Related lists never hold the query's own document, so neither does what they can find.
    const reachable = [...mateIds].filter((m) => {
      const other = byId.get(m);
      return other !== undefined && other.documentId !== clause.documentId;
    });
    if (reachable.length === 0) continue;
    queries++;
    const ranked = clause.related.map((r) => r.clauseId);
    precision += ranked.slice(0, 3).filter((r) => mateIds.has(r)).length / 3;
    const found = ranked.slice(0, 5).filter((r) => mateIds.has(r)).length;
    recall += found / reachable.length;
    capped += found / Math.min(5, reachable.length);
  }
  const mean = (x: number) => (queries === 0 ? 0 : x / queries);
  return { queries, precisionAt3: mean(precision), recallAt5: mean(recall), cappedRecallAt5: mean(capped), missing };
}
