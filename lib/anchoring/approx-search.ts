/**
 * Approximate string search for re-anchoring quotes on pages that changed.
 *
 * Myers' bit-parallel edit-distance scan (Myers 1999, in Hyyrö's block form so that patterns
 * longer than 32 UTF-16 units work): one pass over the text costs O(n · ⌈m/32⌉) whatever the
 * number of errors allowed, which keeps 500 notes on a 1 MB page fast. Offsets are UTF-16
 * code units, like the TextPositionSelector offsets they are compared with.
 */

/** text[start, end) is within `errors` edits (insertions, deletions, substitutions) of the pattern. */
export type ApproxMatch = { start: number; end: number; errors: number };

/**
 * Best approximate occurrences of `pattern` in text[from, to) with at most `maxErrors` edits:
 * one per run of adjacent end positions (the run's least-error end), fewest errors first,
 * at most `limit` of them.
 */
export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  window: { from?: number; to?: number; limit?: number } = {},
): ApproxMatch[] {
  const from = Math.max(0, window.from ?? 0);
  const to = Math.min(text.length, window.to ?? text.length);
  const ends = bestEnds(text, pattern, maxErrors, from, to);
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);
  return ends.slice(0, window.limit ?? 64).map(({ end, errors }) => {
    const windowStart = Math.max(from, end - pattern.length - maxErrors);
    const aligned = alignEnd(pattern, text.slice(windowStart, end), maxErrors);
    return { start: windowStart + aligned.start, end, errors };
  });
}

/**
 * Myers' scan: for every end position j in [from, to), the least edit distance between the
 * pattern and some text[i, j]; keeps the local minima that are within maxErrors.
 */
function bestEnds(text: string, pattern: string, maxErrors: number, from: number, to: number) {
  const m = pattern.length;
  const found: { end: number; errors: number }[] = [];
  if (m === 0 || from >= to) return found;
  const blocks = Math.ceil(m / 32);
  // Pattern-match bits (`blocks` words per distinct pattern character) found through a table
  // indexed by char code: a Map lookup per text character cost more than the bit-parallel step.
  // Slot 0, shared by every character not in the pattern, has no bits set.
  const slot = new Int32Array(65536);
  let slots = 1;
  for (let i = 0; i < m; i++) slot[pattern.charCodeAt(i)] ||= slots++;
  const peq = new Int32Array(slots * blocks);
  for (let i = 0; i < m; i++) peq[slot[pattern.charCodeAt(i)]! * blocks + (i >> 5)]! |= 1 << (i & 31);
  const lastBit = 1 << ((m - 1) & 31);
  // Vertical deltas of the DP column, positive and negative, one bit per pattern row.
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  // Score (edit distance at row m) per text position, then reduced to the minima of runs.
  const scores = new Int32Array(to - from);
  let score = m;

  if (blocks === 1) {
    // Patterns up to 32 units (most quotes): the same step on locals, without the block loop.
    let p = -1;
    let mm = 0;
    for (let j = from; j < to; j++) {
      const eq = peq[slot[text.charCodeAt(j)]!]!;
      const xv = eq | mm;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      const ph = mm | ~(xh | p);
      const mh = p & xh;
      score += ph & lastBit ? 1 : mh & lastBit ? -1 : 0;
      const shiftedPh = ph << 1;
      p = (mh << 1) | ~(xv | shiftedPh);
      mm = shiftedPh & xv;
      scores[j - from] = score;
    }
  } else {
    for (let j = from; j < to; j++) {
      const eqAt = slot[text.charCodeAt(j)]! * blocks;
      // Row 0 is all zeros (a match may start anywhere), so no delta enters the first block.
      let hIn = 0;
      for (let b = 0; b < blocks; b++) {
        const p = pv[b]!;
        const mm = mv[b]!;
        const hInNegative = hIn < 0 ? 1 : 0;
        const eq = peq[eqAt + b]! | hInNegative;
        const xv = eq | mm;
        const xh = ((((eq & p) + p) | 0) ^ p) | eq;
        let ph = mm | ~(xh | p);
        let mh = p & xh;
        const rowBit = b === blocks - 1 ? lastBit : 1 << 31;
        const hOut = ph & rowBit ? 1 : mh & rowBit ? -1 : 0;
        ph = (ph << 1) | (hIn > 0 ? 1 : 0);
        mh = (mh << 1) | hInNegative;
        pv[b] = mh | ~(xv | ph);
        mv[b] = ph & xv;
        hIn = hOut;
      }
      score += hIn;
      scores[j - from] = score;
    }
  }

  let runBest: { end: number; errors: number } | null = null;
  for (let i = 0; i < scores.length; i++) {
    const errors = scores[i]!;
    if (errors <= maxErrors) {
      if (!runBest || errors < runBest.errors) runBest = { end: from + i + 1, errors };
    } else if (runBest) {
      found.push(runBest);
      runBest = null;
    }
  }
  if (runBest) found.push(runBest);
  return found;
}

/**
 * Edit distance between `pattern` and the best-fitting suffix of `window` (free start,
 * anchored end), and where that suffix starts. With `maxErrors`, only alignments within that
 * many edits are followed (a band of diagonals), so the cost is O(m · maxErrors) rather than
 * O(m · n): a long quote re-anchored with a few edits costs about its length, not its square.
 * A result beyond `maxErrors` is then only an upper bound.
 */
export function alignEnd(pattern: string, window: string, maxErrors = Infinity): { errors: number; start: number } {
  const n = window.length;
  const m = pattern.length;
  const k = Math.min(maxErrors, m + n);
  // A path within k edits starts at a column s with |s - (n - m)| <= k and strays at most k
  // diagonals from it: j - i stays within 2k of n - m.
  const diagLo = n - m - 2 * k;
  const diagHi = n - m + 2 * k;
  const INF = 0x3fffffff;
  let cost = new Int32Array(n + 1).fill(INF);
  let start = new Int32Array(n + 1);
  let nextCost = new Int32Array(n + 1).fill(INF);
  let nextStart = new Int32Array(n + 1);
  // Row 0: the empty pattern prefix matches at every column at no cost, starting there.
  for (let j = Math.max(0, diagLo); j <= Math.min(n, diagHi); j++) {
    cost[j] = 0;
    start[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    const c = pattern.charCodeAt(i - 1);
    const lo = Math.max(0, i + diagLo);
    const hi = Math.min(n, i + diagHi);
    // Left of the band this row reads nothing but "unreachable".
    if (lo > 0) nextCost[lo - 1] = INF;
    for (let j = lo; j <= hi; j++) {
      if (j === 0) {
        nextCost[0] = i;
        nextStart[0] = 0;
        continue;
      }
      let best = cost[j - 1]! + (window.charCodeAt(j - 1) === c ? 0 : 1);
      let from = start[j - 1]!;
      if (cost[j]! + 1 < best) {
        best = cost[j]! + 1;
        from = start[j]!;
      }
      if (nextCost[j - 1]! + 1 < best) {
        best = nextCost[j - 1]! + 1;
        from = nextStart[j - 1]!;
      }
      nextCost[j] = best;
      nextStart[j] = from;
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
  }
  return { errors: cost[n]!, start: start[n]! };
}
