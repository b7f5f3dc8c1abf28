import type { Clause, CitedDocument, DocumentRelation, PolicyDocument, RelatedClause } from '../corpus/schema';
import { simplify } from '../text/simplify';
import { citationLinks } from './citations';
import { DEFAULTS, levelFactor, type RelatedOptions } from './compute';
import { departmentIdf, departmentKeys, departmentOverlap } from './departments';
import { hasBody } from './frame';
import { describeReason } from './reason';
import { comparableText, EDGE_STOP } from './terms';
import { cosine, type Vector } from './vectors';

/**
 * Related measures for a document added to a built library, without rebuilding anything: the
 * new clauses are compared with the library, and an existing clause's list takes a new clause
 * only where it ranks in. The full build (compute.ts) derives a term lexicon from the whole
 * corpus, which costs seconds at 10,000 clauses; here terms are the new text's character
 * bigrams weighted by their document frequency in the library, found in one pass over it.
 */
export interface LibrarySnapshot {
  documents: readonly PolicyDocument[];
  clauses: readonly Clause[];
  cited: readonly CitedDocument[];
  relations: readonly DocumentRelation[];
}

export interface IncrementalResult {
  /** The added clauses with their related lists. */
  added: Clause[];
  /** Existing clauses whose list changed: id → the new list. */
  updated: Map<string, RelatedClause[]>;
}

/** Bigram cosines run higher than the full build's lexicon cosines: a stricter floor. */
const MIN_BIGRAM_SCORE = 0.2;
const CANDIDATES = 40;
const PROBE_TERMS = 32;
const PROBE_MAX_DF = 250;

function bigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i]!;
    const b = text[i + 1]!;
    if (a === '。' || b === '。' || EDGE_STOP.has(a) || EDGE_STOP.has(b)) continue;
    const g = a + b;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

function vectorOf(counts: Map<string, number>, idf: Map<string, number>): Vector {
  const terms = new Map<string, number>();
  let sq = 0;
  for (const [g, n] of counts) {
    const w = (1 + Math.log(n)) * (idf.get(g) ?? 0);
    if (w <= 0) continue;
    terms.set(g, w);
    sq += w * w;
  }
  return { terms, norm: Math.sqrt(sq) || 1 };
}

const SHOWN_TERMS = 4;
const MAX_TERM = 8;

/**
 * The shared strings that weigh most, each widened from a shared bigram to the longest string
 * both texts hold around it (up to 8 characters). A lighter cousin of reason.ts's sharedTerms,
 * which segments words and would cost seconds over the hundreds of lists a new document enters.
 */
function quickTerms(a: Vector, b: Vector, textA: string, textB: string): string[] {
  const shared = [...a.terms.keys()].filter((t) => b.terms.has(t)).sort((x, y) => a.terms.get(y)! * b.terms.get(y)! - a.terms.get(x)! * b.terms.get(x)! || (x < y ? -1 : 1));
  const kept: string[] = [];
  for (const gram of shared) {
    if (kept.some((k) => k.includes(gram))) continue;
    const at = textA.indexOf(gram);
    if (at < 0) continue;
    let start = at;
    let end = at + gram.length;
    const ok = (s: number, e: number) => e - s <= MAX_TERM && !/[。，,；;、\s]/.test(textA.slice(s, e)) && textB.includes(textA.slice(s, e));
    while (end < textA.length && ok(start, end + 1)) end++;
    while (start > 0 && ok(start - 1, end)) start--;
    const term = textA.slice(start, end);
    if (kept.some((k) => k.includes(term))) continue;
    for (let k = kept.length - 1; k >= 0; k--) if (term.includes(kept[k]!)) kept.splice(k, 1);
    kept.push(term);
    if (kept.length === SHOWN_TERMS) break;
  }
  return kept;
}

export function relateAddedClauses(library: LibrarySnapshot, addedDocument: PolicyDocument, added: readonly Clause[], options: RelatedOptions = {}): IncrementalResult {
  const opts = { ...DEFAULTS, ...options };
  const minScore = Math.max(opts.minScore, MIN_BIGRAM_SCORE);
  const docs = new Map([...library.documents, addedDocument].map((d) => [d.id, d]));
  const newTexts = added.map((c) => comparableText(c.heading, c.text));
  const newCounts = newTexts.map((t) => bigramCounts(t));
  const vocabulary = new Set(newCounts.flatMap((c) => [...c.keys()]));

  // One pass over the library: document frequency of the new text's bigrams, and the clauses
  // that share any. Texts in 繁體 are folded first; the others are compared as stored.
  const folded = new Set(library.documents.filter((d) => d.title !== d.titleSimplified).map((d) => d.id));
  const df = new Map<string, number>();
  for (const counts of newCounts) for (const g of counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  // Bigrams as numbers: the pass mostly rejects, and a number lookup costs far less than a string.
  const codes = new Set([...vocabulary].map((g) => g.charCodeAt(0) * 65536 + g.charCodeAt(1)));
  const libraryTexts: string[] = [];
  const libraryCounts: (Map<string, number> | null)[] = library.clauses.map((c, i) => {
    if (c.documentId === addedDocument.id) return null;
    const raw = `${c.heading ?? ''}。${c.text}`;
    const text = folded.has(c.documentId) ? simplify(raw) : raw;
    let counts: Map<string, number> | null = null;
    for (let k = 0; k + 1 < text.length; k++) {
      if (!codes.has(text.charCodeAt(k) * 65536 + text.charCodeAt(k + 1))) continue;
      const g = text.slice(k, k + 2);
      counts ??= new Map();
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    if (!counts || !hasBody(c)) return null;
    libraryTexts[i] = text;
    for (const g of counts.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    return counts;
  });
  const total = library.clauses.length + added.length;
  // As in the full build: terms found in more than a fifth of the clauses link nothing.
  const maxDf = Math.max(8, Math.floor(0.2 * total));
  const idf = new Map([...df].filter(([, n]) => n >= 2 && n <= maxDf).map(([g, n]) => [g, Math.log(total / n)]));

  const newVectors = newCounts.map((c) => vectorOf(c, idf));
  const libraryVectors = new Map<number, Vector>();
  const vectorAt = (i: number) => libraryVectors.get(i) ?? libraryVectors.set(i, vectorOf(libraryCounts[i]!, idf)).get(i)!;

  const citations = citationLinks({ documents: [...docs.values()], cited: [...library.cited], relations: [...library.relations], clauses: [], quality: [], schemaVersion: 1, version: 'incremental' });
  // Department names repeat across thousands of clauses: fold each name once.
  const keyOf = new Map<string, Set<string>>();
  const keysOf = (names: readonly string[]) => {
    const joined = names.join('\u0000');
    return keyOf.get(joined) ?? keyOf.set(joined, departmentKeys(names)).get(joined)!;
  };
  const allDepartments = [...library.clauses, ...added].map((c) => keysOf(c.departments));
  const deptIdf = departmentIdf(allDepartments);
  const newDepartments = allDepartments.slice(library.clauses.length);

  const score = (j: number, i: number) => {
    const other = library.clauses[i]!;
    const termSim = cosine(newVectors[j]!, vectorAt(i));
    const dept = departmentOverlap(newDepartments[j]!, allDepartments[i]!, deptIdf);
    const cited = citations.linked(addedDocument.id, other.documentId);
    const deptPart = termSim * opts.departmentWeight * dept.share;
    const citePart = cited ? termSim * opts.citationWeight : 0;
    const level = levelFactor(addedDocument, docs.get(other.documentId)!, opts);
    return { value: Math.round((termSim + deptPart + citePart) * level * 10000) / 10000, cited, dept, deptPart };
  };
  const reasonFor = (j: number, i: number, s: ReturnType<typeof score>, direction: 'from-new' | 'to-new'): RelatedClause['reason'] => {
    const other = library.clauses[i]!;
    const terms = direction === 'from-new' ? quickTerms(newVectors[j]!, vectorAt(i), newTexts[j]!, libraryTexts[i]!) : quickTerms(vectorAt(i), newVectors[j]!, libraryTexts[i]!, newTexts[j]!);
    const kind = s.cited ? 'citation' : s.deptPart > 0 && terms.length < 2 ? 'departments' : 'terms';
    const [from, to] = direction === 'from-new' ? [addedDocument.id, other.documentId] : [other.documentId, addedDocument.id];
    const citation = s.cited ? { direction: citations.direction(from, to), title: docs.get(to)!.titleSimplified } : null;
    return { kind, terms, text: describeReason({ kind, terms, departments: s.dept.shared, citation }) };
  };

  // Candidates: library clauses sharing the new clause's heaviest bigrams.
  const postings = new Map<string, number[]>();
  libraryCounts.forEach((counts, i) => {
    if (counts) for (const g of counts.keys()) if (idf.has(g)) (postings.get(g) ?? postings.set(g, []).get(g)!).push(i);
  });
  const incoming = new Map<number, { j: number; s: ReturnType<typeof score> }[]>();
  const withRelated = added.map((clause, j): Clause => {
    if (!hasBody(clause)) return { ...clause, related: [] };
    // As the full build does: probe with the heaviest terms that are not everywhere.
    const probe = [...newVectors[j]!.terms]
      .filter(([g]) => (postings.get(g)?.length ?? 0) <= PROBE_MAX_DF)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, PROBE_TERMS);
    const partial = new Map<number, number>();
    for (const [g, w] of probe) for (const i of postings.get(g) ?? []) partial.set(i, (partial.get(i) ?? 0) + w);
    const candidates = [...partial].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([i]) => i);
    const scored = candidates.map((i) => ({ i, s: score(j, i) })).filter(({ s }) => s.value >= minScore);
    for (const { i, s } of scored) (incoming.get(i) ?? incoming.set(i, []).get(i)!).push({ j, s });
    scored.sort((a, b) => b.s.value - a.s.value || (library.clauses[a.i]!.id < library.clauses[b.i]!.id ? -1 : 1));
    const related = scored.slice(0, opts.topN).map(({ i, s }) => ({ clauseId: library.clauses[i]!.id, score: s.value, reason: reasonFor(j, i, s, 'from-new') }));
    return { ...clause, related };
  });

  // Existing lists take a new clause where it ranks in.
  const updated = new Map<string, RelatedClause[]>();
  for (const [i, pairs] of incoming) {
    const clause = library.clauses[i]!;
    type Entry = RelatedClause | { clauseId: string; score: number; pair: (typeof pairs)[number] };
    const entries: Entry[] = [...clause.related, ...pairs.map((pair) => ({ clauseId: added[pair.j]!.id, score: pair.s.value, pair }))];
    entries.sort((a, b) => b.score - a.score || (a.clauseId < b.clauseId ? -1 : 1));
    const kept = entries.slice(0, opts.topN);
    // Reasons are worded only for the new clauses that made it into the list.
    if (kept.some((e) => 'pair' in e)) updated.set(clause.id, kept.map((e) => ('pair' in e ? { clauseId: e.clauseId, score: e.score, reason: reasonFor(e.pair.j, i, e.pair.s, 'to-new') } : e)));
  }
  return { added: withRelated, updated };
}
