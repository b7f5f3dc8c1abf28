import { isChineseNumeralChar, parseChineseNumeral, toChineseNumeral } from '../text/numerals';

/**
 * The one home of the clause-label grammar, read by detection and search (and the corpus's
 * path labels follow it): clause mentions in folded text (简体, half-width, no whitespace),
 * read at a 第 or a `(`, as the path labels they can name: 第十三条 → 第十三条 (or 13 where
 * items are numbered with digits), (十六) and 第(八)项 → (十六), (八). Every read is bounded.
 */
const MAX_NUMERAL = 6;
const MAX_DIGITS = 3;

export interface Mention {
  end: number;
  /**
   * What it can name, most likely first: the end of a clause path, labels joined by '/'
   * (`第十三条`, `(八)`, `三/(一)` for 第三部分第(一)项).
   */
  labels: string[];
}

/** A run of Chinese numerals or ASCII digits at `at`; its value and where it ends. */
function numberAt(f: string, at: number): { value: number; end: number } | null {
  let end = at;
  if (f.charCodeAt(at) >= 0x30 && f.charCodeAt(at) <= 0x39) {
    while (end < f.length && end - at < MAX_DIGITS && f.charCodeAt(end) >= 0x30 && f.charCodeAt(end) <= 0x39) end++;
    const value = Number(f.slice(at, end));
    return value > 0 ? { value, end } : null;
  }
  while (end < f.length && end - at < MAX_NUMERAL && isChineseNumeralChar(f.charCodeAt(end))) end++;
  const value = parseChineseNumeral(f, at, end);
  return value ? { value, end } : null;
}

/** A Chinese numeral in ASCII parentheses at `at` (folded text): `(十六)`. */
function parenNumberAt(f: string, at: number): { value: number; end: number } | null {
  if (f[at] !== '(') return null;
  let end = at + 1;
  while (end < f.length && end - at <= MAX_NUMERAL && isChineseNumeralChar(f.charCodeAt(end))) end++;
  if (f[end] !== ')') return null;
  const value = parseChineseNumeral(f, at + 1, end);
  return value ? { value, end: end + 1 } : null;
}

/** The label of a clause numbered in parentheses: 16 → (十六). */
export function parenLabel(value: number): string {
  return `(${toChineseNumeral(value)})`;
}

/**
 * The path labels that 第{value}{unit} can name, most likely first: 第七条, or item 7 where
 * items are numbered with digits; 第三章; (八) or item 8 for 第八项. Null for another unit.
 * Search reads clause paths in typed queries with it too.
 */
export function mentionLabels(unit: string, value: number): string[] | null {
  switch (unit) {
    case '条':
      return [`第${toChineseNumeral(value)}条`, String(value)];
    case '章':
    case '节':
      return [`第${toChineseNumeral(value)}${unit}`];
    case '项':
      return [parenLabel(value), String(value)];
    default:
      return null;
  }
}

/** `(十六)` on its own: it can name a numbered clause. */
export function parenMentionAt(f: string, at: number): Mention | null {
  const number = parenNumberAt(f, at);
  return number ? { end: number.end, labels: [parenLabel(number.value)] } : null;
}

/**
 * 第十三条, 第7条, 第三条第二款, 第(八)项, 第二章, 第三部分, 第四部分第(二)项 at `at` (a 第).
 * 款/目 after an article narrow it but resolve to it; a 部分 (section, numbering restarts in
 * each) narrows the item after it.
 */
export function clauseMentionAt(f: string, at: number, inSection = false): Mention | null {
  const parenthesised = f[at + 1] === '(';
  const number = parenthesised ? parenNumberAt(f, at + 1) : numberAt(f, at + 1);
  if (!number) return null;
  const { value } = number;
  let end = number.end;
  const unit = f[end] ?? '';
  if (unit === '部' && f[end + 1] === '分' && !parenthesised && !inSection) {
    end += 2;
    const cn = toChineseNumeral(value);
    const item = f[end] === '第' ? clauseMentionAt(f, end, true) : parenMentionAt(f, end);
    return item ? { end: item.end, labels: item.labels.map((label) => `${cn}/${label}`) } : { end, labels: [cn] };
  }
  // 第(八)项 names an item; 第(八)条 names nothing.
  const labels = parenthesised && unit !== '项' ? null : mentionLabels(unit, value);
  if (!labels) return null;
  end++;
  // 第三条第二款, 第五条第一款第(三)项: the corpus stops at articles, so these narrow the span only.
  while (f[end] === '第') {
    const inner = f[end + 1] === '(' ? parenNumberAt(f, end + 1) : numberAt(f, end + 1);
    if (!inner || !'款项目'.includes(f[inner.end] ?? '\0')) break;
    end = inner.end + 1;
  }
  return { end, labels };
}
