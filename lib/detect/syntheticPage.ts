import type { MatcherSource } from './source';

/**
 * Synthetic page text for benchmarks (Node and Chromium): paragraphs of policy prose, in
 * 简体 and 繁體, separated by '\n' as the content script joins blocks, with the references
 * real pages carry (titles of the given source in 《》 and bare, its 文号 in assorted
 * brackets and widths, unknown 文号, short-form definitions, clause mentions, pinyin glosses)
 * and the near misses they must ignore (dates, phone numbers, 《红楼梦》, 80号楼). Deterministic
 * for a given seed.
 */
const PROSE = [
  '坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党中央、国务院决策部署,',
  '加快构建新发展格局,扎实推动高质量发展,更好统筹发展和安全。',
  '支持企业参与细胞和基因治疗产品、人工智能医疗器械、生物医用材料等标准制定。',
  '优化临床试验中涉及国际合作的人类遗传资源活动审批程序,完善审批管理服务体系。',
  '推动符合条件的创新药纳入国家医保药品目录,优化创新药物挂网流程,提高挂网效率。',
  '鼓励引导产业投资基金、创业投资基金等发起成立生物医药产业投资子基金。',
  '加強藥品和醫療器械監管隊伍和能力建設,加強與主要貿易伙伴藥品監管交流合作。',
  '支持境外醫師按規定在自貿試驗區內醫療機構短期行醫或從事相關服務。',
  '本报记者从市政府新闻办获悉,今年以来全市生物医药产业产值同比增长百分之十二。',
  '会议指出,要把生物医药产业建设成为城市地标产业,力争产业规模突破四千亿元。',
  '咨询电话:(0512)68881234,办公地址:科技园2025年80号楼3层,工作日上午九时至下午五时。',
  '2025年8月25日,有关部门召开专题会议,研究部署下一阶段重点工作。',
  '他在发言中引用了《红楼梦》中的一段话,并推荐大家阅读《中华人民共和国药品管理法》。',
  '促进貿(mào)易便利化,推动生物醫藥全產業鏈開放創新發展。',
  '(一)加强组织领导。(二)强化要素保障。(三)做好宣传引导。',
  '第一,提高认识;第二,压实责任;第三,加强督查。',
];

/** Mulberry32: small, fast and the same on every engine, so every benchmark run measures the same input. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The benchmarks' baseline: one single-pass regular expression for the shapes detection looks
 * for (文号 with an issuer, 《…》, 第…条, (十六)), which neither folds 繁/简 or widths nor
 * resolves anything.
 */
export const BASELINE_REGEX =
  /[\u4e00-\u9fff]{2,8}[〔[【(（][0-9０-９]{4}[〕\]】)）][0-9０-９]{1,5}[号號]|《[^《》\n]{1,120}》|第[一二三四五六七八九十百零〇0-9０-９]{1,6}[条條章项項款]|[(（][一二三四五六七八九十]{1,4}[)）]/g;

const BRACKETS: [string, string][] = [['〔', '〕'], ['[', ']'], ['【', '】'], ['(', ')'], ['（', '）']];
const FULL_WIDTH_DIGITS = '０１２３４５６７８９';

function widen(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!);
}

/** Splits a 文号 as printed (issuer, year, serial) so it can be reprinted in other brackets. */
function docNumberParts(printed: string): [string, string, string] | null {
  const m = /^(.+?)[〔[【(（﹝]([0-9０-９]{4})[〕\]】)）﹞]([0-9０-９]+)[号號]$/.exec(printed);
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

/** About `bytes` bytes (UTF-8) of page text built from `source`'s titles and 文号. */
export function syntheticPage(source: MatcherSource, bytes: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const titles = [...source.documents.map((d) => d.titleSimplified), ...source.documents.map((d) => d.title), ...source.cited.flatMap((c) => (c.title ? [c.title] : []))];
  const heldTitles = source.documents.map((d) => d.titleSimplified);
  const numbers = [...source.documents, ...source.cited].flatMap((d) => (d.docNumber ? [docNumberParts(d.docNumber)] : [])).filter((p) => p !== null);

  const reference = (): string => {
    const roll = next();
    if (roll < 0.3) return `《${pick(titles)}》`;
    if (roll < 0.5 && numbers.length > 0) {
      const [issuer, year, serial] = pick(numbers);
      const [open, close] = pick(BRACKETS);
      const wide = next() < 0.3;
      return `(${issuer}${open}${wide ? widen(year) : year}${close}${wide ? widen(serial) : serial}${next() < 0.5 ? '号' : '號'})`;
    }
    if (roll < 0.6) return `京政发〔20${10 + Math.floor(next() * 15)}〕${1 + Math.floor(next() * 200)}号`;
    if (roll < 0.75) return `《${pick(heldTitles)}》(以下简称《方案》)提出,《方案》第${pick(['三', '十三', '二十四', '7'])}条和(十六)`;
    if (roll < 0.85) return `《${pick(heldTitles)}》第三条第二款`;
    return pick(heldTitles);
  };

  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    let paragraph = '';
    const sentences = 2 + Math.floor(next() * 6);
    for (let s = 0; s < sentences; s++) {
      paragraph += pick(PROSE);
      if (next() < 0.35) paragraph += `按照${reference()}的要求,`;
    }
    paragraphs.push(paragraph);
    size += utf8Length(paragraph) + 1;
  }
  return paragraphs.join('\n');
}
