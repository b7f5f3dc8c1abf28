// Re-anchoring 500 notes on one long (~1 MB) page of CJK text, unchanged and edited, against
// a baseline measured in the same run: a bare indexOf of each quote (which cannot tell
// repeated quotes apart and finds nothing once a quote was edited).
import { readSeeds } from '../seeds';
import { type Anchor, anchor } from '../../lib/anchoring/anchor';
import { describePosition, describeQuote } from '../../lib/anchoring/describe';
import { alignEnd } from '../../lib/anchoring/approx-search';
import { NOTE_LIMITS, type Note } from '../../lib/notes/schema';

const NOTES = 500;
const PAGE_CHARS = 1_000_000;
const RUNS = 5;

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}
const random = seeded(2026);
const randomInt = (n: number) => Math.floor(random() * n);

/** Sentences of the seed documents in random order until the page is ~1 MB long. */
function longPage(): string {
  const sentences = Object.values(readSeeds())
    .join('')
    .split(/(?<=[。;；])/)
    .filter((s) => s.trim().length > 4);
  let page = '';
  while (page.length < PAGE_CHARS) page += sentences[randomInt(sentences.length)];
  return page;
}

type Planted = Pick<Note, 'quote' | 'position'>;

function plantNotes(page: string): Planted[] {
  const notes: Planted[] = [];
  const step = Math.floor(page.length / NOTES);
  for (let i = 0; i < NOTES; i++) {
    const start = i * step + randomInt(step - 100);
    const end = start + 8 + randomInt(72);
    notes.push({ quote: describeQuote(page, start, end), position: describePosition(start, end) });
  }
  return notes;
}

/**
 * The page as a later visit sees it: a paragraph inserted before every 50th note (moving all
 * that follows) and, in every 10th note, characters of the quote replaced (same length, so the
 * expected place is known). Returns where each quote now is.
 */
function editPage(page: string, notes: Planted[]) {
  let edited = '';
  let from = 0;
  const expected: { start: number; end: number; edited: boolean }[] = [];
  notes.forEach((note, i) => {
    const { start, end } = note.position;
    edited += page.slice(from, start);
    if (i % 50 === 0) edited += '(本段为网站更新时新增的说明文字,与原文无关。)';
    const newStart = edited.length;
    let exact = page.slice(start, end);
    const editedQuote = i % 10 === 5;
    if (editedQuote) {
      const chars = [...exact];
      // Replace about one character in eight, never the first or last (so the range is known).
      for (let k = 1; k < chars.length - 1; k += 8) chars[k] = '改';
      exact = chars.join('');
    }
    edited += exact;
    expected.push({ start: newStart, end: newStart + exact.length, edited: editedQuote });
    from = end;
  });
  return { text: edited + page.slice(from), expected };
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, result };
}

function report(label: string, text: string, notes: Planted[], expected: { start: number; end: number }[]) {
  const ours = time(() => notes.map((n) => anchor(text, n)));
  const naive = time(() => notes.map((n) => text.indexOf(n.quote.exact)));
  const methods = new Map<string, number>();
  let right = 0;
  ours.result.forEach((a: Anchor | null, i) => {
    methods.set(a?.method ?? 'orphaned', (methods.get(a?.method ?? 'orphaned') ?? 0) + 1);
    if (a && a.start === expected[i]!.start && a.end === expected[i]!.end) right++;
  });
  const naiveRight = naive.result.filter((start, i) => start === expected[i]!.start).length;
  console.log(`${label}: ${NOTES} notes on ${text.length.toLocaleString('en')} UTF-16 units`);
  console.log(`  anchor():  ${ours.ms.toFixed(1)} ms (${((ours.ms / NOTES) * 1000).toFixed(0)} µs/note), ${right}/${NOTES} at the right place; ${[...methods].map(([m, n]) => `${m} ${n}`).join(', ')}`);
  console.log(`  baseline indexOf: ${naive.ms.toFixed(1)} ms, ${naiveRight}/${NOTES} at the right place`);
  console.log(`  ratio anchor/baseline: ${(ours.ms / naive.ms).toPrecision(2)}×  (median of ${RUNS} runs)`);
}

export async function run(): Promise<void> {
  const page = longPage();
  const notes = plantNotes(page);
  report('unchanged page', page, notes, notes.map((n) => n.position));
  const { text, expected } = editPage(page, notes);
  report('edited page', text, notes, expected);
  const orphans = notes.slice(0, 25).map((n) => ({ ...n, quote: { ...n.quote, exact: '本条款已被删除的原文内容不再出现在页面上' } }));
  const ours = time(() => orphans.map((n) => anchor(text, n)));
  const naive = time(() => orphans.map((n) => text.indexOf(n.quote.exact)));
  const orphaned = ours.result.filter((a) => a === null).length;
  console.log(`deleted quotes: 25 notes whose text is gone, ${orphaned}/25 orphaned`);
  console.log(`  anchor():  ${ours.ms.toFixed(1)} ms (${(ours.ms / 25).toFixed(1)} ms/note: a whole-page approximate scan each)`);
  console.log(`  baseline indexOf: ${naive.ms.toFixed(2)} ms; ratio ${(ours.ms / naive.ms).toPrecision(2)}×`);

  // The longest quote a note may hold, edited in 20 places, aligned as re-anchoring does: the
  // banded alignment (errors allowed: min(256, half the quote)) against the whole table.
  const quote = page.slice(100_000, 100_000 + NOTE_LIMITS.quote);
  let edited = quote;
  for (let i = 1; i <= 20; i++) edited = edited.slice(0, i * 240) + '改' + edited.slice(i * 240 + 1);
  const window = page.slice(99_900, 100_000) + edited;
  const banded = time(() => alignEnd(quote, window, 256));
  const whole = time(() => alignEnd(quote, window));
  console.log(`alignEnd of a ${NOTE_LIMITS.quote.toLocaleString('en')}-unit quote with 20 edits: banded ${banded.ms.toFixed(1)} ms, whole table (baseline) ${whole.ms.toFixed(1)} ms; ratio ${(banded.ms / whole.ms).toPrecision(2)}×; same distance: ${banded.result.errors === whole.result.errors}`);
}
