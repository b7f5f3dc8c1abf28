/**
 * Text extracted from a PDF (004) breaks lines wherever the page did, mid-word, and scatters
 * spaces around punctuation and numbers. Chinese has no word spaces, so lines are joined with
 * nothing between them and spaces next to CJK text are dropped; spaces between two Latin words
 * stay.
 */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
const TERMINAL = /[。！？：；）」』”!?:;)]$/;

function isWide(ch: string): boolean {
  return CJK.test(ch);
}

/** Display width in full-width cells: CJK counts 1, Latin and digits ½. */
export function lineWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += isWide(ch) ? 1 : 0.5;
  return width;
}

/** Drops whitespace runs that touch a CJK character or CJK punctuation. */
export function dropSpacesNextToCjk(text: string): { text: string; removed: number } {
  const trimmed = text.trim();
  let removed = trimmed.length === text.length ? 0 : 1;
  const out = trimmed.replace(/(?<=(.))[ \t\u00a0\u3000]+(?=(.))/gsu, (_run, before: string, after: string) => {
    if (!isWide(before) && !isWide(after)) return ' ';
    removed++;
    return '';
  });
  return { text: out, removed };
}

/** Joins two pieces of one paragraph: a space only between two Latin letters or digits. */
function joinPieces(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

export interface JoinedText {
  paragraphs: string[];
  /** Line breaks removed inside paragraphs. */
  joins: number;
  /** Stray spaces removed. */
  spacesRemoved: number;
}

/**
 * Rebuilds paragraphs from PDF lines. A line ends its paragraph when the next line opens a
 * numbered unit, or when it stops short of the full line width and either ends with closing
 * punctuation or is a heading (`一、总体要求`). A full line that happens to end in 。 continues.
 */
export function joinPdfLines(lines: string[], opensUnit: (line: string) => boolean): JoinedText {
  const content = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const widths = content.map(lineWidth).sort((a, b) => a - b);
  const fullWidth = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const raw: string[] = [];
  let joins = 0;
  content.forEach((line, i) => {
    const previous = content[i - 1];
    const short = previous !== undefined && lineWidth(previous) < fullWidth * 0.9;
    // A short line ends its paragraph if it closes a sentence or is a unit's heading line.
    const breaks = previous === undefined || opensUnit(line) || (short && (TERMINAL.test(previous) || opensUnit(previous)));
    if (breaks) raw.push(line);
    else {
      raw[raw.length - 1] = joinPieces(raw[raw.length - 1]!, line);
      joins++;
    }
  });
  let spacesRemoved = 0;
  const paragraphs = raw.map((p) => {
    const cleaned = dropSpacesNextToCjk(p);
    spacesRemoved += cleaned.removed;
    return cleaned.text;
  });
  return { paragraphs, joins, spacesRemoved };
}
