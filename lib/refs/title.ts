import { foldKey } from '../text/fold';

/**
 * The one home of the rules for document titles, read by corpus linking, detection and
 * search: how a title is keyed across scripts, widths, line breaks, pinyin glosses and
 * nested brackets, and which issuer spellings name the same document.
 */

/** Inside a title every kind of nested title bracket counts as one: 〈…〉, <…>, 《…》. */
export function canonicalTitleCode(code: number): number {
  switch (code) {
    case 0x300a: // 《
    case 0x3008: // 〈
    case 0x2039: // ‹
    case 0xab: // «
      return 0x3c; // <
    case 0x300b: // 》
    case 0x3009: // 〉
    case 0x203a: // ›
    case 0xbb: // »
      return 0x3e; // >
    default:
      return code;
  }
}

/** Folded text with its nested title brackets canonicalised, as title keys are stored. */
export function canonicalTitle(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) out += String.fromCharCode(canonicalTitleCode(folded.charCodeAt(i)));
  return out;
}

/** A title as detection matches it: folded, no whitespace or pinyin, nested brackets canonical. */
export function titleKey(title: string): string {
  return canonicalTitle(foldKey(title, { dropWhitespace: true, dropPinyin: true }));
}

/**
 * Pages shorten issuer names: 江苏省政府 for 江苏省人民政府 (and the reverse), and a province's
 * or city's own pages drop its name: 省政府关于… for 江苏省人民政府关于…. Every key the title
 * `key` may be printed as; a variant that two documents share names neither.
 */
export function issuerVariants(key: string): string[] {
  const shortened = key.replace(/([省市县区])人民政府/g, '$1政府');
  const lengthened = key.replace(/([省市县区])政府/g, '$1人民政府');
  const local = /^[\u4e00-\u9fff]{2,4}?([省市])(?:人民)?政府/.exec(key);
  const unnamed = local ? [`${local[1]}政府${key.slice(local[0].length)}`, `${local[1]}人民政府${key.slice(local[0].length)}`] : [];
  return [...new Set([key, shortened, lengthened, ...unnamed])];
}

/** A short form that is only a kind of document (若干措施, 实施方案, 行动计划): many documents call themselves that. */
const GENERIC = /^(?:若干|实施|行动|指导|管理|工作|暂行|专项|三年|政策)?(?:政策)?(?:措施|方案|计划|意见|办法|规定|细则|通知|规划|条例|政策)$/;

export function isGenericShortTitle(key: string): boolean {
  return GENERIC.test(key);
}

/**
 * Every key a title may be printed as: its issuer spellings, and copies that lost the
 * separator of a year range (三年行动计划(2021~2023) printed as (20212023)).
 */
export function titleVariants(key: string): string[] {
  const glued = key.replace(/(\d{4})[~\-—–至](\d{4})/g, '$1$2');
  return [...new Set([...issuerVariants(key), ...(glued === key ? [] : issuerVariants(glued))])];
}

/**
 * Whether two printed titles name the same document: the same key once nested brackets are
 * dropped and X省人民政府 is read as X省政府 (002 #3 cites 004 as 《江苏省政府关于…的意见》).
 */
export function titleIdentity(title: string): string {
  return titleKey(title)
    .replace(/[<>]/g, '')
    .replace(/(省|市|自治区|县|区)人民政府/g, '$1政府');
}
