import { FOLD_GAPS, FOLD_TARGETS } from './fold-table';

/**
 * Folding makes text comparable: 繁體 → 简体 (opencc-js's tw → cn, character by character,
 * from the table in fold-table.ts), compatibility forms →
 * plain (NFKC: full-width digits, letters and brackets, small forms like ﹒), and optionally
 * whitespace and inline pinyin dropped. Every folded UTF-16 unit keeps the UTF-16 range of
 * the original code point it came from, so a match in folded text maps back to the source.
 *
 * fold() converts character by character (each code point's opencc + NFKC result is cached
 * in a table), not phrase by phrase: a character then folds the same way whatever its
 * neighbours are, so a key folded alone always equals the same words folded inside a page,
 * and a 5 MB page folds in one tight pass. Character by character needs no dictionaries:
 * content scripts fold with a 12 KB table (gzip) instead of opencc's. simplify.ts stays
 * phrase-aware for display.
 */
export interface FoldOptions {
  /** Drop all whitespace (Chinese has no word spaces; pages break titles across lines). */
  dropWhitespace?: boolean;
  /** Drop pinyin glosses written right after a character: `貿(mào)易`, `貿mào易` → `貿易`. */
  dropPinyin?: boolean;
}

export interface FoldedText {
  text: string;
  /** start[i], end[i]: UTF-16 range in the original text of folded unit i. */
  start: Uint32Array;
  end: Uint32Array;
}

let simplified: Map<number, number> | undefined;
/** 繁體 code point → 简体 code point, decoded from fold-table.ts on first use. */
function simplifiedTable(): Map<number, number> {
  if (simplified) return simplified;
  simplified = new Map();
  const targets = Array.from(FOLD_TARGETS);
  let from = 0;
  FOLD_GAPS.split(' ').forEach((gap, i) => {
    from += parseInt(gap, 36);
    simplified!.set(from, targets[i]!.codePointAt(0)!);
  });
  return simplified;
}

/** Lower-case only, so acronyms such as `(REITs)` or `(CT)` are kept. */
const PINYIN = /^\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?\s?){1,4}\)/;
/**
 * A gloss printed without parentheses (ruby text joined to its base: `貿mào易`): one
 * lower-case syllable with a tone mark, between two Han characters. The tone mark keeps
 * ordinary Latin words such as `pH` or `app` out.
 */
const BARE_PINYIN = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}(?=[\u3400-\u9fff])/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const PINYIN_WINDOW = 40;

function isWhitespace(cp: number): boolean {
  return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x3000 || cp === 0xfeff || (cp >= 0x2000 && cp <= 0x200b) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f;
}

export function isHan(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x323af);
}

/** isWhitespace() for the BMP as a table: the fold loop tests every character. */
const WHITESPACE = new Uint8Array(0x10000);
for (let cp = 0; cp < 0x10000; cp++) if (isWhitespace(cp)) WHITESPACE[cp] = 1;

/** Code points outside these ranges may change under NFKC. */
function isNfkcStable(cp: number): boolean {
  return cp < 0xa0 || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x3001 && cp <= 0x3035);
}

function foldCodePoint(ch: string): string {
  const to = simplifiedTable().get(ch.codePointAt(0)!);
  const piece = to === undefined ? ch : String.fromCodePoint(to);
  return isNfkcStable(piece.codePointAt(0)!) ? piece : piece.normalize('NFKC');
}

// BMP cache: 0 = not computed yet, 1 = folds to something other than one BMP unit (see
// `wide`), otherwise the folded unit + 2.
const bmp = new Uint32Array(0x10000);
const wide = new Map<number, string>();

function foldedUnit(unit: number): number {
  let v = bmp[unit]!;
  if (v === 0) {
    const piece = foldCodePoint(String.fromCharCode(unit));
    if (piece.length === 1 && !(piece.charCodeAt(0) >= 0xd800 && piece.charCodeAt(0) <= 0xdfff)) v = piece.charCodeAt(0) + 2;
    else {
      wide.set(unit, piece);
      v = 1;
    }
    bmp[unit] = v;
  }
  return v;
}

function foldedAstral(cp: number): string {
  let piece = wide.get(cp);
  if (piece === undefined) {
    piece = foldCodePoint(String.fromCodePoint(cp));
    wide.set(cp, piece);
  }
  return piece;
}

/** Growable folded output; `units`, `start` and `end` are read and written directly in the hot loop. */
class FoldBuffer {
  units: Uint16Array;
  start: Uint32Array;
  end: Uint32Array;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.start = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
  }
  /** Makes room for `extra` more units after `length` (only wide foldings can need it). */
  reserve(length: number, extra: number): void {
    if (length + extra <= this.units.length) return;
    const size = (length + extra) * 2;
    const units = new Uint16Array(size);
    const start = new Uint32Array(size);
    const end = new Uint32Array(size);
    units.set(this.units);
    start.set(this.start);
    end.set(this.end);
    this.units = units;
    this.start = start;
    this.end = end;
  }
}

// ignoreBOM: a folded text that starts with U+FEFF (kept when whitespace is not dropped) must
// keep it, or every offset after it would be off by one.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Letters a pinyin gloss can start with (cheap test before the regular expression). */
function startsPinyin(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xe0 && code <= 0x1e3f);
}

function isBarePinyinGloss(original: string, at: number): number {
  const m = BARE_PINYIN.exec(original.slice(at, at + 8));
  return m && TONE_MARK.test(m[0]) ? m[0].length : 0;
}

function isPinyinGloss(original: string, at: number): number {
  if (!startsPinyin(original.charCodeAt(at + 1))) return 0;
  const rest = original.slice(at, at + PINYIN_WINDOW).replace('（', '(').replace('）', ')');
  const m = PINYIN.exec(rest);
  return m ? m[0].length : 0;
}

export function fold(original: string, options: FoldOptions = {}): FoldedText {
  return foldWith(new FoldBuffer(original.length), original, options);
}

let scratch: FoldBuffer | undefined;
/** Texts longer than this get their own buffer, so one huge page does not stay in memory. */
const SCRATCH_LIMIT = 1 << 20;
/**
 * fold() into a buffer shared by all calls: the returned offset arrays are overwritten by
 * the next foldTransient() call. For hot paths (page scans, chunk by chunk) that read the
 * offsets before they return, and would otherwise allocate ten bytes per character per call.
 */
export function foldTransient(original: string, options: FoldOptions = {}): FoldedText {
  if (original.length > SCRATCH_LIMIT) return fold(original, options);
  if (!scratch || scratch.units.length < original.length) scratch = new FoldBuffer(Math.max(original.length, 4096));
  return foldWith(scratch, original, options);
}

/** Whether the folded units [0, k) end with a Han character (a pinyin gloss can follow it). */
function endsWithHan(units: Uint16Array, k: number): boolean {
  const last = units[k - 1]!;
  if (last >= 0xdc00 && last <= 0xdfff && k > 1) return isHan(((units[k - 2]! - 0xd800) << 10) + (last - 0xdc00) + 0x10000);
  return isHan(last);
}

function foldWith(buffer: FoldBuffer, original: string, options: FoldOptions): FoldedText {
  const dropWhitespace = options.dropWhitespace === true;
  const dropPinyin = options.dropPinyin === true;
  const n = original.length;
  let { units, start, end } = buffer;
  let k = 0;
  const pushWide = (piece: string, from: number, to: number): void => {
    buffer.reserve(k, piece.length);
    ({ units, start, end } = buffer);
    for (let j = 0; j < piece.length; j++) {
      units[k] = piece.charCodeAt(j);
      start[k] = from;
      end[k++] = to;
    }
  };
  for (let i = 0; i < n; ) {
    const from = i;
    let cp = original.charCodeAt(i++);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const low = i < n ? original.charCodeAt(i) : 0;
      if (cp <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        i++;
        pushWide(foldedAstral(((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000), from, i);
      } else {
        // A lone surrogate: keep a replacement so the folded text stays well-formed.
        pushWide('\ufffd', from, i);
      }
      continue;
    }
    if (dropWhitespace && WHITESPACE[cp] === 1) continue;
    if (dropPinyin && (cp === 0x28 || cp === 0xff08 || startsPinyin(cp)) && k > 0 && endsWithHan(units, k)) {
      // A gloss is BMP letters only, so its length in code points equals its UTF-16 length.
      const skip = startsPinyin(cp) ? isBarePinyinGloss(original, from) : isPinyinGloss(original, from);
      if (skip > 0) {
        i = from + skip;
        continue;
      }
    }
    let v = bmp[cp]!;
    if (v === 0) v = foldedUnit(cp);
    if (v === 1) {
      pushWide(wide.get(cp)!, from, i);
      continue;
    }
    if (k === units.length) {
      buffer.reserve(k, 1);
      ({ units, start, end } = buffer);
    }
    const unit = v - 2;
    units[k] = unit;
    start[k] = from;
    end[k++] = i;
  }
  return {
    text: utf16.decode(units.subarray(0, k)),
    start: start.subarray(0, k),
    end: end.subarray(0, k),
  };
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
