import { simplify } from '../text/simplify';
import { decodeGbk, encodeGbk } from './gbk';

/** A damaged run repaired, with the evidence for the character it recovered. */
export interface GbkRepair {
  /** UTF-16 offset of the damaged run (after its context character) in the input text. */
  index: number;
  /** Damaged run with the character before it, as found. */
  before: string;
  /** The same span repaired. */
  after: string;
  /** How the lost first character was chosen. */
  evidence: string;
}

export interface GbkDoubt {
  index: number;
  before: string;
  message: string;
}

const HAN = /\p{Script=Han}/u;
// A question mark where a character should be: `?` (a full-width ？ after width folding),
// `？`, or the decoder's replacement character. Its GBK form is ？ (A3 BF).
const LOST = /[?？\ufffd]/g;
const MAX_RUN = 16;

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

/** The damaged run starting at a lost character: Han characters up to a stray ASCII letter. */
function damagedRun(text: string, at: number): string | null {
  let end = at + 1;
  while (end < text.length && end - at < MAX_RUN && HAN.test(text[end]!)) end++;
  const stray = text[end];
  if (end === at + 1 || stray === undefined || !/[\x40-\x7e]/.test(stray)) return null;
  return text.slice(at, end + 1);
}

/**
 * Repairs GBK mojibake where the byte stream slipped by one byte (000: `規?焖僭鲩L`).
 * The first character lost its lead byte, so its trail byte paired with the next lead byte,
 * and so on, until a trail byte in the ASCII range surfaced as a stray letter (`L`). The damaged
 * run is re-encoded as GBK and decoded again one byte later; the lost lead byte is recovered
 * as the candidate whose character forms a pair attested elsewhere in the corpus.
 */
export function repairShiftedGbk(text: string, reference: string): { text: string; repairs: GbkRepair[]; doubts: GbkDoubt[] } {
  const repairs: GbkRepair[] = [];
  const doubts: GbkDoubt[] = [];
  const ref = simplify(reference);
  let out = '';
  let copied = 0;
  for (const m of text.matchAll(LOST)) {
    const at = m.index;
    const previous = text[at - 1];
    if (at < copied || !previous || !HAN.test(previous)) continue;
    const run = damagedRun(text, at);
    if (!run) continue;
    const bytes = encodeGbk('？' + run.slice(1));
    const rest = bytes && decodeGbk(bytes.slice(1));
    const damagedChars = [...run.slice(1, -1)];
    if (!bytes || !rest || /[\x00-\x7f]/.test(rest)) {
      doubts.push({ index: at, before: previous + run, message: 'looks like GBK mojibake but does not realign one byte later' });
      continue;
    }
    // The realigned reading must be ordinary text here and the damaged one must not be.
    const elsewhere = ref.replaceAll(simplify(run), ' ');
    const seen = (chars: string[]) => chars.filter((c) => elsewhere.includes(simplify(c))).length;
    if (seen([...rest]) < [...rest].length || seen(damagedChars) >= damagedChars.length) {
      doubts.push({ index: at, before: previous + run, message: `realigned reading 「${rest}」 is not attested elsewhere in the corpus` });
      continue;
    }
    const next = rest[0]!;
    const candidates: { ch: string; score: number }[] = [];
    let tried = 0;
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      const ch = decodeGbk([lead, bytes[0]!]);
      if (!ch || ch.length !== 1 || !HAN.test(ch)) continue;
      tried++;
      const score = occurrences(elsewhere, simplify(previous + ch)) + occurrences(elsewhere, simplify(ch + next));
      if (score > 0) candidates.push({ ch, score });
    }
    candidates.sort((a, b) => b.score - a.score);
    const best = candidates[0];
    if (!best || candidates[1]?.score === best.score) {
      doubts.push({ index: at, before: previous + run, message: `realigns to 「?${rest}」 but the lost first character cannot be chosen from corpus evidence` });
      continue;
    }
    out += text.slice(copied, at) + best.ch + rest;
    copied = at + run.length;
    repairs.push({
      index: at,
      before: previous + run,
      after: previous + best.ch + rest,
      evidence: `re-encoded as GBK and decoded one byte later; the lead byte lost before 0x${bytes[0]!.toString(16).toUpperCase()} could be any of ${tried} characters, 「${best.ch}」 chosen because 「${simplify(previous + best.ch)}」/「${simplify(best.ch + next)}」 occur ${best.score}× elsewhere in the corpus${candidates[1] ? ` (next best 「${candidates[1].ch}」, ${candidates[1].score}×)` : ' (no other candidate occurs)'}`,
    });
  }
  return { text: out + text.slice(copied), repairs, doubts };
}
