import { foldKey, isHan } from '../text/fold';

/**
 * 文号 (document numbers) such as 国函〔2025〕80号, 商自貿發〔2025〕162號, 苏政发[2018]144号,
 * recognised on folded text (简体, half-width digits and brackets, no whitespace) by a
 * hand-written scanner that starts at a 号 and walks back: serial digits, a closing bracket,
 * a four-digit year, an opening bracket, then the issuer abbreviation. Every step is bounded,
 * so the scan is linear and cannot backtrack.
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
export const MAX_ISSUER_LENGTH = 8;
const MIN_ISSUER_LENGTH = 2;
const MAX_SERIAL_DIGITS = 5;
const MIN_YEAR = 1949;
const MAX_YEAR = 2099;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function formatDocNumber(parts: DocNumberParts): string {
  return `${parts.issuer}〔${parts.year}〕${parts.serial}号`;
}

/**
 * Reads the 文号 whose 号 is at `hao` in folded text, looking no further back than `floor`.
 * The issuer is the run of Han characters before the bracket, at most MAX_ISSUER_LENGTH long.
 */
export function docNumberEndingAt(text: string, hao: number, floor = 0): DocNumberMatch | null {
  if (text.charCodeAt(hao) !== HAO) return null;
  let j = hao - 1;
  while (j >= floor && hao - 1 - j < MAX_SERIAL_DIGITS + 1 && isDigit(text.charCodeAt(j))) j--;
  const serialDigits = hao - 1 - j;
  if (serialDigits === 0 || serialDigits > MAX_SERIAL_DIGITS) return null;
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
  while (s - 1 >= floor && bracket - s < MAX_ISSUER_LENGTH) {
    const ch = text[s - 1]!;
    if (!isHan(ch.charCodeAt(0)) || NOT_ISSUER.has(ch)) break;
    if (s - 2 >= floor && LEAD_IN.has(text.slice(s - 2, s))) break;
    s--;
  }
  if (bracket - s < MIN_ISSUER_LENGTH) return null;
  return { start: s, end: hao + 1, issuer: text.slice(s, bracket), year, serial: Number(text.slice(yearEnd + 1, hao)) };
}

/** Parses a whole 文号 as printed (any script, brackets, widths); null if it is not one. */
export function parseDocNumber(printed: string): DocNumberParts | null {
  const folded = foldKey(printed, { dropWhitespace: true });
  const match = docNumberEndingAt(folded, folded.lastIndexOf('号'));
  if (!match) return null;
  return { issuer: match.issuer, year: match.year, serial: match.serial };
}
