/**
 * PDFs made from CJK fonts often map a glyph shared by a radical and a character to the
 * radical's code point (⽣ U+2F63 for 生, ⻅ U+2EC5 for 见): the page looks right but its text
 * does not match, find, or detect. These are replaced by the characters they stand for, one
 * UTF-16 unit for one, so offsets into the text layer stay valid.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻑': '長', '⻓': '长',
  '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨',
  '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯',
  '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** `text` with Kangxi radicals (NFKC) and CJK radical supplement forms replaced by their characters. */
export function normalizeGlyphs(text: string): string {
  return text.replace(RADICALS, (ch) => {
    const code = ch.charCodeAt(0);
    const mapped = code >= 0x2f00 ? ch.normalize('NFKC') : (SUPPLEMENT[ch] ?? ch);
    return mapped.length === 1 ? mapped : ch;
  });
}
