import type { Level } from './schema';

/**
 * 002 is a search-results page: a count line, then per result a `•【苏州市级】title` line and a
 * body on one long line whose paragraphs are separated by runs of spaces (NBSP / EM SPACE).
 */
export interface SearchResult {
  /** The tag in 【】, e.g. `苏州市级`. */
  tag: string;
  level: Level | null;
  region: string | null;
  title: string;
  paragraphs: string[];
}

export interface SearchResultsPage {
  /** The count the page states (`我们为您找到3条结果`), or null. */
  statedCount: number | null;
  results: SearchResult[];
}

const BULLET = /^\s*[•·●]\s*【([^】]+)】\s*(.+?)\s*$/;

/** `苏州市级` → municipal 苏州, `江苏省级` → provincial 江苏. */
export function levelFromTag(tag: string): { level: Level | null; region: string | null } {
  const m = /^(.+?)(省|市|自治区)级$/.exec(tag);
  if (!m) return { level: /国家级|中央/.test(tag) ? 'national' : null, region: null };
  return { level: m[2] === '市' ? 'municipal' : 'provincial', region: m[1]! };
}

/** Paragraphs of a one-line body: split on runs of two or more spaces of any kind. */
export function splitRunOnBody(line: string): string[] {
  return line
    .split(/\s{2,}/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function splitSearchResults(text: string): SearchResultsPage {
  const count = /找到\s*(\d+)\s*条结果/.exec(text);
  const results: SearchResult[] = [];
  for (const line of text.split(/\r?\n/)) {
    const bullet = BULLET.exec(line);
    if (bullet) {
      results.push({ tag: bullet[1]!, ...levelFromTag(bullet[1]!), title: bullet[2]!, paragraphs: [] });
      continue;
    }
    const current = results.at(-1);
    if (current && line.trim()) for (const paragraph of splitRunOnBody(line)) current.paragraphs.push(paragraph);
  }
  return { statedCount: count ? Number(count[1]) : null, results };
}
