import { simplify } from '../text/simplify';
import { findDocNumbers } from '../refs/docNumber';
import type { PolicyDocument } from './schema';

/** A date as printed, with the stray spaces PDFs leave: `2025年8月25日`, `2018年 12月 1日`. */
const DATE = String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`;

/** `2025年8月25日`, `2018年 12月 1日` → ISO date; null if absent or not a real date. */
export function parseChineseDate(text: string): string | null {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_LINE = new RegExp(`^\\s*${DATE}\\s*$`);

/** A line that is nothing but a date (a signature date). */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

/** ISO date in a dateline such as `Shang Wu Bu Wang Zhan·2025-08-27 10:00`. */
export function parseIsoDateline(text: string): string | null {
  return /\b(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1] ?? null;
}

export { findDocNumbers } from '../refs/docNumber';

/** A line that only states a 文号, possibly in brackets: `(商自貿發〔2025〕162號)`. */
export function docNumberLine(line: string): string | null {
  const m = /^\s*[(（]?\s*([^()（）\s]+)\s*[)）]?\s*$/.exec(line);
  const found = m && findDocNumbers(m[1]!);
  return found && found.length === 1 && found[0]!.docNumber === m[1] ? m[1]! : null;
}

export type Validity = Pick<PolicyDocument, 'effectiveFrom' | 'effectiveTo' | 'validityNote'>;

const IN_FORCE = '(?:施行|实施|执行)';
const FROM = new RegExp(`自(${DATE})起${IN_FORCE}`);
const UNTIL = new RegExp(`有效期至(${DATE})`);
const FROM_UNTIL = new RegExp(`${FROM.source}[,，]?\\s*${UNTIL.source}`);
const RELATIVE = new RegExp(`自[^,，。]{1,10}之日起${IN_FORCE}[,，]?\\s*有效期[为]?[\\d一二三四五六七八九十]+年`);

/** Validity stated in a text: `自2021年11月1日起实施,有效期至2024年12月31日`, `自印发之日起实施,有效期3年`. */
export function parseValidity(text: string): Validity {
  const simplified = simplify(text);
  const dated = FROM_UNTIL.exec(simplified);
  if (dated) return { effectiveFrom: parseChineseDate(dated[1]!), effectiveTo: parseChineseDate(dated[2]!), validityNote: null };
  const from = FROM.exec(simplified);
  const relative = RELATIVE.exec(simplified);
  if (relative) {
    // Offsets map 1:1 (opencc keeps code points), so the note is quoted as printed.
    const note = text.slice(relative.index, relative.index + relative[0].length);
    return { effectiveFrom: from ? parseChineseDate(from[1]!) : null, effectiveTo: null, validityNote: note };
  }
  const until = UNTIL.exec(simplified);
  return { effectiveFrom: from ? parseChineseDate(from[1]!) : null, effectiveTo: until ? parseChineseDate(until[1]!) : null, validityNote: null };
}

/** `(本文有删减)` / `(本文有刪減)`: the text was published abridged. */
export function isAbridgedMarker(line: string): boolean {
  return /^\s*[(（]\s*本文有[删刪][减減]\s*[)）]\s*$/.test(line);
}
