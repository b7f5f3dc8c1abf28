import { Converter } from 'opencc-js/t2cn';

/**
 * Folding makes text comparable: 繁體 → 简体 (opencc-js, tw → cn), compatibility forms →
 * plain (NFKC: full-width digits, letters and brackets, small forms like ﹒), and optionally
 * whitespace and inline pinyin dropped. Every folded UTF-16 unit keeps the UTF-16 range of
 * the original code point it came from, so a match in folded text maps back to the source.
 */
export interface FoldOptions {
  /** Drop all whitespace (Chinese has no word spaces; pages break titles across lines). */
  dropWhitespace?: boolean;
  /** Drop pinyin glosses written right after a character: `貿(mào)易` → `貿易`. */
  dropPinyin?: boolean;
}

export interface FoldedText {
  text: string;
  /** start[i], end[i]: UTF-16 range in the original text of folded unit i. */
  start: Uint32Array;
  end: Uint32Array;
}

let toSimplified: ((s: string) => string) | undefined;
/** 繁體 (台灣/香港/OpenCC) → 简体, one code point in, one code point out for these presets. */
export function simplify(text: string): string {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

const PINYIN = /^\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\s*)+\)/;
const CJK = /\p{Script=Han}/u;

function isWhitespace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x3000 || cp === 0xfeff || (cp >= 0x2000 && cp <= 0x200b) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f;
}

/** Code points outside these ranges may change under NFKC. */
function isNfkcStable(cp: number): boolean {
  return cp < 0xa0 || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x3001 && cp <= 0x3036);
}

export function fold(original: string, options: FoldOptions = {}): FoldedText {
  const simplified = simplify(original);
  // opencc keeps the code-point count for tw → cn; if a future dictionary breaks that,
  // fall back to converting code point by code point so offsets stay exact.
  const origCps = Array.from(original);
  let simpCps = Array.from(simplified);
  if (simpCps.length !== origCps.length) simpCps = origCps.map((cp) => simplify(cp));

  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  let previousWasHan = false;
  for (let i = 0; i < origCps.length; i++) {
    const orig = origCps[i]!;
    const from = offset;
    offset += orig.length;
    const cp = orig.codePointAt(0)!;
    if (options.dropWhitespace && isWhitespace(cp)) continue;
    if (options.dropPinyin && previousWasHan && (orig === '(' || orig === '（')) {
      const rest = original.slice(from, from + 40).replace('（', '(').replace('）', ')');
      const m = PINYIN.exec(rest);
      if (m) {
        // Skip the gloss; its length in code points equals its UTF-16 length (BMP letters).
        const skip = m[0].length;
        offset = from + skip;
        i += skip - 1;
        continue;
      }
    }
    let piece = simpCps[i]!;
    if (!isNfkcStable(piece.codePointAt(0)!)) piece = piece.normalize('NFKC');
    previousWasHan = CJK.test(piece);
    for (let k = 0; k < piece.length; k++) {
      out.push(piece[k]!);
      start.push(from);
      end.push(offset);
    }
  }
  return { text: out.join(''), start: Uint32Array.from(start), end: Uint32Array.from(end) };
}

/** Original UTF-16 range of folded range [from, to). */
export function originalRange(folded: FoldedText, from: number, to: number): [number, number] {
  if (from >= to) throw new RangeError(`empty folded range [${from}, ${to})`);
  return [folded.start[from]!, folded.end[to - 1]!];
}

/** Folded form of a short string (query, title, 文号) without offsets. */
export function foldKey(text: string, options: FoldOptions = { dropWhitespace: true }): string {
  return fold(text, options).text;
}
