import { z } from 'zod';
import { detect } from '../../../lib/detect/detect';
import type { Matcher } from '../../../lib/detect/matcher';
import type { Reference } from '../../../lib/detect/reference';
import type { GoldPage, Label } from './markup';

/**
 * Scores detection against the labelled pages: a reference counts as found when a label has
 * its exact span, kind and target; every other reference is a false one (over a near miss,
 * with the wrong target, or where a reader marks nothing).
 */
export type Kind = NonNullable<Label['kind']>;

export interface Outcome {
  page: string;
  text: string;
  kind: Kind;
  /** Expected target (misses) or the one detected (false references). */
  target: string;
}

export interface Score {
  labels: number;
  nearMisses: number;
  perKind: Record<string, { tp: number; fp: number; fn: number }>;
  precision: number;
  recall: number;
  /** Identities of the references found and of those missed or falsely reported, for diffs between runs. */
  found: string[];
  missed: Outcome[];
  falses: Outcome[];
}

export function targetOf(r: Reference): string {
  if (r.candidates) return `?${[...r.candidates].sort().join(',')}`;
  return r.clauseId ?? r.documentId ?? r.citedId ?? 'unknown';
}

function normaliseTarget(target: string): string {
  return target.startsWith('?') ? `?${target.slice(1).split(',').sort().join(',')}` : target;
}

/** A reference named so that edits elsewhere on the page keep its name: page, text and which occurrence of that text. */
function identity(page: string, text: string, pageText: string, start: number): string {
  let nth = 0;
  for (let at = pageText.indexOf(text); at >= 0 && at < start; at = pageText.indexOf(text, at + 1)) nth++;
  return `${page}:${text}#${nth + 1}`;
}

export function score(matcher: Matcher, pages: GoldPage[]): Score {
  const perKind: Score['perKind'] = {};
  const count = (kind: string) => (perKind[kind] ??= { tp: 0, fp: 0, fn: 0 });
  const found: string[] = [];
  const missed: Outcome[] = [];
  const falses: Outcome[] = [];
  let labels = 0;
  let nearMisses = 0;
  for (const page of pages) {
    const refs = detect(matcher, page.text, page.pageDocumentId ? { pageDocumentId: page.pageDocumentId } : {});
    const positives = page.labels.filter((l) => l.kind !== null);
    labels += page.labels.length;
    nearMisses += page.labels.length - positives.length;
    const matched = new Set<Label>();
    for (const r of refs) {
      const label = positives.find((l) => l.start === r.start && l.end === r.end && l.kind === r.kind && normaliseTarget(l.target) === targetOf(r));
      if (label && !matched.has(label)) {
        matched.add(label);
        count(r.kind).tp++;
        found.push(identity(page.name, r.text, page.text, r.start));
      } else {
        count(r.kind).fp++;
        falses.push({ page: page.name, text: r.text, kind: r.kind, target: targetOf(r) });
      }
    }
    for (const l of positives) {
      if (matched.has(l)) continue;
      count(l.kind!).fn++;
      missed.push({ page: page.name, text: l.text, kind: l.kind!, target: l.target });
    }
  }
  const total = Object.values(perKind).reduce((a, k) => ({ tp: a.tp + k.tp, fp: a.fp + k.fp, fn: a.fn + k.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    labels,
    nearMisses,
    perKind,
    precision: total.tp / Math.max(1, total.tp + total.fp),
    recall: total.tp / Math.max(1, total.tp + total.fn),
    found,
    missed,
    falses,
  };
}

/** What is kept of a run in test/gold/detection/last-run.json. */
export const RecordedRunSchema = z.object({
  precision: z.number(),
  recall: z.number(),
  perKind: z.record(z.string(), z.object({ tp: z.number(), fp: z.number(), fn: z.number() })),
  found: z.array(z.string()),
  falses: z.array(z.string()),
});
export type RecordedRun = z.infer<typeof RecordedRunSchema>;

export function recordOf(s: Score): RecordedRun {
  return { precision: s.precision, recall: s.recall, perKind: s.perKind, found: s.found, falses: s.falses.map((f) => `${f.page}:${f.kind}:${f.text}→${f.target}`) };
}
