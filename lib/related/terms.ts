import { responsibilityGroups } from '../corpus/departments';
import { foldKey } from '../text/fold';

/**
 * A term lexicon derived from the corpus itself: Chinese has no word boundaries, so a "term" is
 * a character n-gram that recurs in at least two clauses, kept only in its longest form that
 * recurs as often (`临床试验` survives; `床试验`, which never occurs without `临` before it, does
 * not). Frequent n-grams are grown level by level (an (n+1)-gram can only recur if both of its
 * n-gram halves do), so the cost follows the repeated text, not all substrings.
 */

/** Characters that never start or end a useful term: particles and conjunctions. */
export const EDGE_STOP: ReadonlySet<string> = new Set(Array.from('的和与及等在对为将并或由其之于而了是把被给向从以'));

/**
 * Political and procedural formulas that every document carries in its frame. The statistics in
 * vectors.ts already down-weight what is everywhere; this short list removes the few slogans
 * that are rare enough (once per document) to look specific.
 */
const BOILERPLATE_PHRASES = [
  '以习近平新时代中国特色社会主义思想为指导',
  '习近平',
  '新时代中国特色社会主义思想',
  '党中央',
  '党的二十大',
  '党的十九大',
  '全会精神',
  '精神',
  '为指导',
  '决策部署',
  '高质量发展',
  '组织领导',
  '贯彻落实',
  '深入贯彻',
  '总基调',
  '新发展理念',
  '新发展格局',
  // Funding formulas: every subsidy clause has them whatever its subject.
  '最高不超过',
  '不超过',
  '万元',
  '亿元',
  '予以资助',
  '给予资助',
  '一次性资助',
  '资金支持',
  '一事一议',
];

const MIN_TERM = 2;
const MAX_TERM = 16;
const MIN_VARIETY = 2;

/** Folded (简体, half-width) text of a clause without its responsibility annotations or formulas. */
export function comparableText(heading: string | null, text: string): string {
  // The heading names the clause's subject in a few words: it counts twice.
  let folded = stripResponsibility(foldKey(heading ? `${heading}。${heading}。${text}` : text));
  for (const phrase of BOILERPLATE_PHRASES) folded = folded.replaceAll(phrase, '。');
  return folded;
}

/** Responsibility annotations name departments, which are compared separately (departments.ts). */
function stripResponsibility(text: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of responsibilityGroups(text)) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}

/** Runs of Han characters, and Latin/digit tokens such as GCP, CRO, AI, IPO. */
export function segments(text: string): { han: string[]; latin: string[] } {
  const han = text.match(/\p{Script=Han}+/gu) ?? [];
  const latin = (text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).map((t) => t.toUpperCase());
  return { han, latin };
}

export interface Lexicon {
  /** Clause frequency of each term. */
  df: Map<string, number>;
}

/**
 * Builds the lexicon from every clause's comparable text. `minClauses` is how many clauses a
 * term must occur in to be kept (2: a term seen once cannot relate anything).
 */
export function buildLexicon(texts: readonly string[], minClauses = 2): Lexicon {
  const segs = texts.map((t) => segments(t));
  const df = new Map<string, number>();
  let frequent = countLevel(segs, MIN_TERM, null, minClauses);
  const subsumed = new Set<string>();
  let n = MIN_TERM;
  while (frequent.size > 0 && n < MAX_TERM) {
    for (const [g, c] of frequent) df.set(g, c);
    const longer = countLevel(segs, n + 1, frequent, minClauses);
    for (const [h, c] of longer) {
      // A gram that occurs exactly as often as one of its one-character extensions never
      // occurs without it: the extension is the term.
      if (frequent.get(h.slice(0, -1)) === c) subsumed.add(h.slice(0, -1));
      if (frequent.get(h.slice(1)) === c) subsumed.add(h.slice(1));
    }
    frequent = longer;
    n++;
  }
  for (const [g, c] of frequent) df.set(g, c);

  const latinDf = new Map<string, number>();
  for (const s of segs) for (const t of new Set(s.latin)) latinDf.set(t, (latinDf.get(t) ?? 0) + 1);
  for (const [t, c] of latinDf) if (c >= minClauses) df.set(t, c);

  for (const g of [...df.keys()]) {
    if (subsumed.has(g) || !isTermShaped(g)) df.delete(g);
  }
  dropFragments(segs, df);
  return { df };
}

/**
 * Accessor variety: a word is met with several different characters on each side (or at a
 * punctuation boundary); a fragment such as 业建设 (产业建设, 企业建设…) keeps its neighbours.
 * Terms seen with fewer than MIN_VARIETY distinct neighbours on either side are dropped.
 */
function dropFragments(segs: readonly { han: string[] }[], df: Map<string, number>): void {
  const left = new Map<string, Set<string>>();
  const right = new Map<string, Set<string>>();
  let boundary = 0;
  const note = (sides: Map<string, Set<string>>, g: string, neighbour: string | undefined) => {
    const set = sides.get(g) ?? new Set<string>();
    set.add(neighbour ?? `#${boundary++}`);
    sides.set(g, set);
  };
  for (const s of segs) {
    for (const run of s.han) {
      for (let i = 0; i < run.length; i++) {
        for (let n = MIN_TERM; n <= MAX_TERM && i + n <= run.length; n++) {
          const g = run.slice(i, i + n);
          if (!df.has(g)) continue;
          note(left, g, run[i - 1]);
          note(right, g, run[i + n]);
        }
      }
    }
  }
  for (const [g, l] of left) if (l.size < MIN_VARIETY || right.get(g)!.size < MIN_VARIETY) df.delete(g);
}

function isTermShaped(g: string): boolean {
  return !EDGE_STOP.has(g[0]!) && !EDGE_STOP.has(g[g.length - 1]!) && !g.includes('的');
}

/** n-grams occurring in at least `minClauses` clauses; when `previous` is given, only grams whose two (n-1)-halves are in it. */
function countLevel(
  segs: readonly { han: string[] }[],
  n: number,
  previous: Map<string, number> | null,
  minClauses: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of segs) {
    const seen = new Set<string>();
    for (const run of s.han) {
      for (let i = 0; i + n <= run.length; i++) {
        const g = run.slice(i, i + n);
        if (seen.has(g)) continue;
        if (previous && !(previous.has(g.slice(0, -1)) && previous.has(g.slice(1)))) continue;
        seen.add(g);
      }
    }
    for (const g of seen) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  for (const [g, c] of counts) if (c < minClauses) counts.delete(g);
  return counts;
}

/** Occurrences of each lexicon term in one clause's comparable text. */
export function termFrequencies(text: string, lexicon: Lexicon): Map<string, number> {
  const tf = new Map<string, number>();
  const { han, latin } = segments(text);
  for (const run of han) {
    for (let i = 0; i < run.length; i++) {
      for (let n = MIN_TERM; n <= MAX_TERM && i + n <= run.length; n++) {
        const g = run.slice(i, i + n);
        if (lexicon.df.has(g)) tf.set(g, (tf.get(g) ?? 0) + 1);
      }
    }
  }
  for (const t of latin) if (lexicon.df.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}
