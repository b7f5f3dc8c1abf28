import { fold, foldKey, isHan } from '../text/fold';

/**
 * The one home of the 发文字号 (文号) rule, read by corpus parsing, detection and search:
 * issuer abbreviation + four-digit year in brackets + serial + 号 (国函〔2025〕80号,
 * 商自貿發〔2025〕162號, 苏政发[2018]144号). It is read on folded text (简体, half-width digits
 * and brackets, no whitespace) by a scanner that starts at a 号 and walks back: serial
 * digits, a closing bracket, the year, an opening bracket, then the issuer. Every step is
 * bounded, so a scan is linear and cannot backtrack.
 */
export interface DocNumberParts {
  issuer: string;
  year: number;
  serial: number;
}

export interface DocNumberMatch extends DocNumberParts {
  /** Folded range [start, end) including the issuer and the 号. */
  start: number;
  end: number;
  /**
   * Han characters just before `start` on the other side of a line or block break that an
   * issuer could continue into (苏政 | 发〔2018〕144号). Only a known issuer may use them:
   * an unknown one never runs back across a break (…的通知 | 苏府〔2022〕33号).
   */
  runIn: string;
}

const OPENERS = new Set(['〔', '[', '【', '(', '〖', '〘'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set(['〕', ']', '】', ')', '〗', '〙'].map((c) => c.charCodeAt(0)));
/** Characters that end a word before an issuer abbreviation (particles, verbs of citing, numbered rooms and buildings). */
const NOT_ISSUER = new Set(Array.from('的了和与及或在按据依照见是为将对于以由经第号年月日共件等请各该此本其从向把被即如附室楼房栋层幢'));
/**
 * Two-character words that introduce a 文号 rather than end its issuer: verbs of issuing and
 * forwarding that end in 发, the last character of many issuers (国发, 京政发), and verbs of
 * carrying one out (贯彻落实京政发〔2022〕12号).
 */
const LEAD_IN = new Set(['转发', '印发', '下发', '颁发', '分发', '批转', '贯彻', '落实', '执行', '实施']);
const HAO = '号'.charCodeAt(0);
/** Words after a 号 that make it a place, not a document: 苏园土挂(2021)7号地块, 〔2019〕3号楼, 2号院. */
const PLACE_AFTER = ['地块', '宗地', '楼', '院', '室', '栋'];
export const MAX_ISSUER_LENGTH = 8;
export const MIN_ISSUER_LENGTH = 2;
export const MAX_SERIAL_DIGITS = 5;
const MIN_YEAR = 1949;
const MAX_YEAR = 2099;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The one printed form a 文号 is compared and shown in: 国函〔2025〕80号. */
export function formatDocNumber(parts: DocNumberParts): string {
  return `${parts.issuer}〔${parts.year}〕${parts.serial}号`;
}

/** A number for year + serial, the part of a 文号 that no issuer spelling changes. */
export function docNumberKey(year: number, serial: number): number {
  return year * 100_000 + serial;
}

/**
 * Reads the 文号 whose 号 is at `hao` in folded text, looking no further back than `floor`.
 * The issuer is the run of Han characters before the bracket, at most MAX_ISSUER_LENGTH long;
 * `breakBefore(i)` says whether a line or block break lies between folded units i-1 and i.
 */
export function docNumberEndingAt(text: string, hao: number, floor = 0, breakBefore?: (i: number) => boolean): DocNumberMatch | null {
  if (text.charCodeAt(hao) !== HAO) return null;
  let j = hao - 1;
  while (j >= floor && hao - 1 - j < MAX_SERIAL_DIGITS + 1 && isDigit(text.charCodeAt(j))) j--;
  const serialDigits = hao - 1 - j;
  if (serialDigits === 0 || serialDigits > MAX_SERIAL_DIGITS) return null;
  // GB/T 9704: the serial has no leading zeros (07号 is a lot or a room, not a document).
  if (serialDigits > 1 && text.charCodeAt(j + 1) === 0x30) return null;
  if (PLACE_AFTER.some((word) => text.startsWith(word, hao + 1))) return null;
  if (j < floor || !CLOSERS.has(text.charCodeAt(j))) return null;
  const yearEnd = j;
  const yearStart = j - 4;
  if (yearStart - 1 < floor) return null;
  for (let k = yearStart; k < yearEnd; k++) if (!isDigit(text.charCodeAt(k))) return null;
  if (!OPENERS.has(text.charCodeAt(yearStart - 1))) return null;
  const year = Number(text.slice(yearStart, yearEnd));
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const bracket = yearStart - 1;
  let s = bracket;
  let tight = -1;
  while (s - 1 >= floor && bracket - s < MAX_ISSUER_LENGTH) {
    const ch = text[s - 1]!;
    if (!isHan(ch.charCodeAt(0)) || NOT_ISSUER.has(ch)) break;
    if (s - 2 >= floor && LEAD_IN.has(text.slice(s - 2, s))) break;
    if (tight < 0 && s < bracket && breakBefore?.(s)) tight = s;
    s--;
  }
  const start = tight < 0 ? s : tight;
  if (bracket - s < MIN_ISSUER_LENGTH) return null;
  return { start, end: hao + 1, issuer: text.slice(start, bracket), runIn: text.slice(s, start), year, serial: Number(text.slice(yearEnd + 1, hao)) };
}

/** Parses a whole 文号 as printed (any script, brackets, widths); null if it is not one. */
export function parseDocNumber(printed: string): DocNumberParts | null {
  const folded = foldKey(printed);
  const match = docNumberEndingAt(folded, folded.lastIndexOf('号'));
  if (!match || match.issuer.length < MIN_ISSUER_LENGTH) return null;
  return { issuer: match.issuer, year: match.year, serial: match.serial };
}

/** A 文号 as printed compared across scripts, widths and brackets: its formatDocNumber form, or the folded text if it is not one. */
export function docNumberIdentity(printed: string): string {
  const parts = parseDocNumber(printed);
  return parts ? formatDocNumber(parts) : foldKey(printed);
}

/**
 * The 文号 in running text (a clause, a preamble), as printed, with their offsets. Words that
 * introduce one (依照, 印发, 贯彻落实) are not part of its issuer, and an issuer never runs back
 * across a line break.
 */
export function findDocNumbers(text: string): { docNumber: string; index: number }[] {
  const folded = fold(text, { dropWhitespace: true });
  const f = folded.text;
  const { start, end } = folded;
  const breakBefore = (i: number): boolean => text.slice(end[i - 1]!, start[i]!).includes('\n');
  const found: { docNumber: string; index: number }[] = [];
  let floor = 0;
  for (let hao = f.indexOf('号'); hao >= 0; hao = f.indexOf('号', hao + 1)) {
    const m = docNumberEndingAt(f, hao, floor, breakBefore);
    if (!m || m.issuer.length < MIN_ISSUER_LENGTH) continue;
    const from = start[m.start]!;
    found.push({ docNumber: text.slice(from, end[m.end - 1]!), index: from });
    floor = m.end;
  }
  return found;
}
