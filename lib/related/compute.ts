import { clauseId } from '../corpus/clauses';
import type { Clause, Corpus, PolicyDocument, RelatedClause } from '../corpus/schema';
import { citationLinks } from './citations';
import { departmentIdf, departmentKeys, departmentOverlap } from './departments';
import { frameClauses, hasBody } from './frame';
import { describeReason, sharedTerms } from './reason';
import { comparableText } from './terms';
import { candidateLists, cosine, termVectors, withFeedback } from './vectors';

export interface RelatedOptions {
  /** Related clauses kept per clause. */
  topN?: number;
  /** Weaker links are dropped. */
  minScore?: number;
  /** Multiplier for a clause of the same level in another region (other levels count 1). */
  sameLevelOtherRegion?: number;
  /** Multiplier for another document of the same level and region (e.g. two 苏州 documents). */
  sameLevelSameRegion?: number;
  /** How much fully shared responsible departments add to the term similarity (as a share of it). */
  departmentWeight?: number;
  /** How much an explicit citation between the two documents adds (as a share of the term similarity). */
  citationWeight?: number;
}

export const DEFAULTS: Required<RelatedOptions> = {
  topN: 8,
  minScore: 0.12,
  sameLevelOtherRegion: 0.85,
  sameLevelSameRegion: 0.7,
  departmentWeight: 0.25,
  citationWeight: 0.3,
};

/** Score multiplier for each side of a pair that is a frame clause (see frame.ts). */
const FRAME_FACTOR = 0.5;
/** Candidates scored exactly per kept slot. */
const CANDIDATES_PER_SLOT = 4;

/**
 * Fills every clause's `related` list (pure; runs when the corpus is built). Two clauses are
 * related by the corpus-specific terms they share (TF-IDF cosine over a lexicon derived from the
 * corpus, with pseudo-relevance feedback), strengthened by shared responsible departments and by
 * a citation between their documents, weakened when either is frame text (总体要求), and
 * weighed by level: another level first, then the same level elsewhere. Clauses of the same
 * document are never listed.
 */
export function computeRelated(corpus: Corpus, options: RelatedOptions = {}): Corpus {
  const opts = { ...DEFAULTS, ...options };
  const { clauses } = corpus;
  const frame = frameClauses(clauses, corpus.documents.length);
  const texts = comparableTexts(clauses, frame);
  const vectors = termVectors(
    texts,
    clauses.map((c) => c.documentId),
  );
  const targets = clauses.map(hasBody);
  const candidatesOf = candidateLists(
    vectors,
    opts.topN * CANDIDATES_PER_SLOT,
    (i, j) => targets[j]! && clauses[j]!.documentId !== clauses[i]!.documentId,
  );
  // Formula text has no subject to broaden: frame clauses neither receive nor lend feedback.
  const expanded = withFeedback(
    vectors,
    candidatesOf.map((list, i) => (frame.has(i) ? [] : list.filter((j) => !frame.has(j)))),
  );

  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const citations = citationLinks(corpus);
  const departments = clauses.map((c) => departmentKeys(c.departments));
  const deptIdf = departmentIdf(departments);

  const related = clauses.map((clause, i) => {
    const scored: { j: number; score: number; cited: boolean; dept: ReturnType<typeof departmentOverlap>; deptPart: number }[] = [];
    for (const j of candidatesOf[i]!) {
      const other = clauses[j]!;
      const termSim = cosine(expanded[i]!, expanded[j]!);
      const dept = departmentOverlap(departments[i]!, departments[j]!, deptIdf);
      const cited = citations.linked(clause.documentId, other.documentId);
      const deptPart = termSim * opts.departmentWeight * dept.share;
      const citePart = cited ? termSim * opts.citationWeight : 0;
      const level = levelFactor(docs.get(clause.documentId)!, docs.get(other.documentId)!, opts);
      const framing = (frame.has(i) ? FRAME_FACTOR : 1) * (frame.has(j) ? FRAME_FACTOR : 1);
      const score = Math.round((termSim + deptPart + citePart) * level * framing * 10000) / 10000;
      if (score >= opts.minScore) scored.push({ j, score, cited, dept, deptPart });
    }
    // Ties broken by id so builds are reproducible.
    scored.sort((a, b) => b.score - a.score || (clauses[a.j]!.id < clauses[b.j]!.id ? -1 : 1));
    const snapped = new Map<string, string | null>();
    return scored.slice(0, opts.topN).map(({ j, score, cited, dept, deptPart }): RelatedClause => {
      const other = clauses[j]!;
      const terms = sharedTerms(vectors[i]!, vectors[j]!, texts[i]!, texts[j]!, snapped);
      const kind = cited ? 'citation' : deptPart > 0 && terms.length < 2 ? 'departments' : 'terms';
      const citation = cited
        ? { direction: citations.direction(clause.documentId, other.documentId), title: docs.get(other.documentId)!.titleSimplified }
        : null;
      return { clauseId: other.id, score, reason: { kind, terms, text: describeReason({ kind, terms, departments: dept.shared, citation }) } };
    });
  });

  return { ...corpus, clauses: clauses.map((c, i): Clause => ({ ...c, related: related[i]! })) };
}

/**
 * What is compared of each clause: its heading (unless a formula such as 总体要求), the headings
 * of the sections around it (临床保障提升工程 names the subject of the tasks inside), its text.
 */
function comparableTexts(clauses: readonly Clause[], frame: Set<number>): string[] {
  const headingOf = new Map(clauses.map((c, i) => [c.id, frame.has(i) ? null : c.heading]));
  return clauses.map((c, i) => {
    const enclosing = c.path.slice(0, -1).map((_, k) => headingOf.get(clauseId(c.documentId, c.path.slice(0, k + 1))) ?? '');
    return comparableText(headingOf.get(c.id) ?? null, `${enclosing.join('。')}。${c.text}`);
  });
}

export function levelFactor(a: PolicyDocument, b: PolicyDocument, opts: Required<RelatedOptions>): number {
  if (a.level !== b.level) return 1;
  return a.region === b.region ? opts.sameLevelSameRegion : opts.sameLevelOtherRegion;
}
