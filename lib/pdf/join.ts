import { normalizeGlyphs } from './glyphs';

/**
 * A PDF's text as one string, the way a reader reads it: the text items of every page joined
 * into lines and paragraphs, lines broken mid-sentence joined again (with nothing between CJK
 * characters), running headers, footers and page numbers left out. Every character keeps the
 * page, text item and offset it came from, so detection, notes and find over the whole text
 * map back to the text layer of the page it is on, and a quote can run across a page break.
 *
 * Radicals printed for characters are read as the characters (see glyphs.ts).
 *
 * Pure: the items are pdf.js `TextItem`s reduced to their geometry (PDF user space, y up).
 */
export interface PdfTextItem {
  str: string;
  /** Baseline origin, PDF units, y up. */
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** Item `item` of page `page` (0-based) is text[start, start + length). */
export interface Piece {
  start: number;
  page: number;
  item: number;
  length: number;
}

export interface JoinedPdfText {
  text: string;
  /** Kept items with text, in text order. */
  pieces: Piece[];
  /** pageStarts[p]: offset where page p's text begins (its end is pageStarts[p + 1] or text.length). */
  pageStarts: number[];
  /** byItem[p][i]: index in `pieces` of page p's item i, or -1 when it was left out. */
  byItem: Int32Array[];
  /** Lines left out as running headers, footers or page numbers. */
  dropped: { page: number; text: string }[];
}

interface Line {
  items: number[];
  text: string;
  x0: number;
  x1: number;
  y: number;
  height: number;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
/** Closing punctuation that ends a sentence or a heading line. */
const TERMINAL = /[。！？：；!?:;]$/;
/** A line that opens a numbered unit: 第一章, 第三条, 一、, （一）, (1), 1. / 1、 / 1﹒ */
const OPENS_UNIT = /^(?:第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.．、﹒](?!\d))/;
/** 3, - 3 -, — 3 —, 第3页, 第 3 页 共 10 页, 3 / 10, iii */
const PAGE_NUMBER = /^[-—–‒\s]*(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+(?:\s*[/／]\s*\d+)?|[ivxlc]+)[-—–‒\s]*$/i;
/** Share of the page height at the top and the bottom where headers and footers live. */
const MARGIN_SHARE = 0.15;

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

function linesOf(page: PdfPageText): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let endLine = false;
  page.items.forEach((item, i) => {
    const hasText = item.str.length > 0;
    const moved = line !== null && hasText && Math.abs(item.y - line.y) > 0.5 * Math.max(item.height, line.height, 1);
    if (hasText && (line === null || endLine || moved)) {
      line = { items: [], text: '', x0: item.x, x1: item.x, y: item.y, height: item.height };
      lines.push(line);
      endLine = false;
    }
    if (hasText && line) {
      line.items.push(i);
      line.text += item.str;
      line.x0 = Math.min(line.x0, item.x);
      line.x1 = Math.max(line.x1, item.x + item.width);
      line.height = Math.max(line.height, item.height);
    }
    if (item.hasEOL) endLine = true;
  });
  return lines;
}

function runningKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * Lines in a page's top or bottom margin that are page numbers, or that repeat (digits aside)
 * at the same edge of at least two pages and 40% of them: running headers and footers.
 */
function droppedLines(pages: PdfPageText[], lines: Line[][]): Set<Line> {
  const dropped = new Set<Line>();
  const edges = lines.map((pageLines, p) => {
    const height = pages[p]!.height;
    const top = pageLines.filter((l) => l.y > height * (1 - MARGIN_SHARE));
    const bottom = pageLines.filter((l) => l.y < height * MARGIN_SHARE);
    return [...top.slice(0, 2), ...bottom.slice(-2)];
  });
  const counts = new Map<string, number>();
  for (const candidates of edges) for (const key of new Set(candidates.map((l) => runningKey(l.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  for (const candidates of edges) {
    for (const line of candidates) {
      const text = line.text.trim();
      if (PAGE_NUMBER.test(text) || (pages.length >= 2 && (counts.get(runningKey(text)) ?? 0) >= needed)) dropped.add(line);
    }
  }
  return dropped;
}

/** What goes between two lines read one after the other: a paragraph break, a space or nothing. */
function separator(a: Line, aRight: number, b: Line, bLeft: number): string {
  const before = a.text.trimEnd();
  const after = b.text.trimStart();
  const short = a.x1 < aRight - 2 * a.height;
  const indented = b.x0 > bLeft + 1.5 * b.height;
  if (OPENS_UNIT.test(after)) return '\n';
  if (short && (TERMINAL.test(before) || OPENS_UNIT.test(a.text.trimStart()) || indented)) return '\n';
  return isCjk(before.at(-1)) || isCjk(after[0]) ? '' : ' ';
}

/** Joins the pages' text items into one text with a map back to the items. */
export function joinPdfText(pages: PdfPageText[]): JoinedPdfText {
  const lines = pages.map(linesOf);
  const drop = droppedLines(pages, lines);
  const parts: string[] = [];
  const pieces: Piece[] = [];
  const pageStarts: number[] = [];
  const byItem = pages.map((page) => new Int32Array(page.items.length).fill(-1));
  let length = 0;
  let previous: { line: Line; right: number } | null = null;
  pages.forEach((page, p) => {
    const kept = lines[p]!.filter((l) => !drop.has(l));
    const right = kept.reduce((m, l) => Math.max(m, l.x1), 0);
    const left = kept.reduce((m, l) => Math.min(m, l.x0), Infinity);
    pageStarts.push(length);
    for (const line of kept) {
      if (previous) {
        const sep = separator(previous.line, previous.right, line, left);
        parts.push(sep);
        length += sep.length;
        // A break between pages belongs to the new page only if something was written for it.
        if (line === kept[0]) pageStarts[p] = length;
      }
      for (const i of line.items) {
        const str = normalizeGlyphs(page.items[i]!.str);
        byItem[p]![i] = pieces.length;
        pieces.push({ start: length, page: p, item: i, length: str.length });
        parts.push(str);
        length += str.length;
      }
      previous = { line, right };
    }
  });
  const dropped = [...drop].map((line) => ({ page: lines.findIndex((pl) => pl.includes(line)), text: line.text.trim() }));
  return { text: parts.join(''), pieces, pageStarts, byItem, dropped };
}

/**
 * The item and offset in it of a text offset. An offset between items (in a separator) goes
 * to the next item's start for a start, to the previous item's end for an end; a start never
 * lands at an item's very end nor an end at an item's very start, so a range holds no empty
 * edge in a neighbouring item.
 */
export function locateOffset(joined: JoinedPdfText, offset: number, preferEnd: boolean): { page: number; item: number; offset: number } | null {
  const { pieces } = joined;
  if (preferEnd) {
    // Last piece starting before offset.
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    const piece = pieces[lo - 1];
    return piece ? { page: piece.page, item: piece.item, offset: Math.min(offset - piece.start, piece.length) } : null;
  }
  // First piece ending after offset.
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start + pieces[mid]!.length > offset) hi = mid;
    else lo = mid + 1;
  }
  const piece = pieces[lo];
  return piece ? { page: piece.page, item: piece.item, offset: Math.max(0, offset - piece.start) } : null;
}

/** The text offset of a character offset in page `page`'s item `item`; null for an item left out. */
export function offsetOfItem(joined: JoinedPdfText, page: number, item: number, offset: number): number | null {
  const index = joined.byItem[page]?.[item] ?? -1;
  if (index < 0) return null;
  const piece = joined.pieces[index]!;
  return piece.start + Math.max(0, Math.min(offset, piece.length));
}

/** The page (0-based) a text offset is on. */
export function pageAt(joined: JoinedPdfText, offset: number): number {
  let lo = 0;
  let hi = joined.pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (joined.pageStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The pieces of text[start, end) on one page, for drawing a span that crosses pages page by page. */
export function splitByPage(joined: JoinedPdfText, start: number, end: number): { page: number; start: number; end: number }[] {
  const out: { page: number; start: number; end: number }[] = [];
  for (let p = pageAt(joined, start); p < joined.pageStarts.length && joined.pageStarts[p]! < end; p++) {
    const pageEnd = joined.pageStarts[p + 1] ?? joined.text.length;
    const s = Math.max(start, joined.pageStarts[p]!);
    const e = Math.min(end, pageEnd);
    if (e > s) out.push({ page: p, start: s, end: e });
  }
  return out;
}
