import { describe, expect, it } from 'vitest';
import { alignEnd, approxSearch } from '../../../lib/anchoring/approx-search';

/** Least edit distance between `pattern` and some text[i, j), for every j: the textbook DP. */
function distancesByEnd(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const byEnd = [column[pattern.length]!];
  for (const ch of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      next[i] = Math.min(column[i - 1]! + (pattern[i - 1] === ch ? 0 : 1), column[i]! + 1, next[i - 1]! + 1);
    }
    column = next;
    byEnd.push(column[pattern.length]!);
  }
  return byEnd;
}

function fullDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

describe('approxSearch', () => {
  it('finds an exact occurrence with no errors', () => {
    expect(approxSearch('推动生物医药产业高质量发展', '生物医药', 0)).toEqual([{ start: 2, end: 6, errors: 0 }]);
  });

  it('finds a quote with a changed character, a deleted one and an inserted one', () => {
    const text = '前文无关内容。支持创新药物和高端医疗器械研发。后文无关内容。';
    const [best] = approxSearch(text, '支持创新药和高端医疗器戒研发', 3);
    expect(best).toEqual({ start: 7, end: 22, errors: 2 });
    expect(text.slice(best!.start, best!.end)).toBe('支持创新药物和高端医疗器械研发');
  });

  it('agrees with the textbook dynamic programme on random texts, short and long patterns', () => {
    const random = seeded(7);
    const alphabet = 'abcd生物医药';
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 60; round++) {
      const text = pick(200);
      const pattern = pick(1 + Math.floor(random() * 90));
      const maxErrors = Math.floor(pattern.length / 3);
      const byEnd = distancesByEnd(text, pattern);
      const matches = approxSearch(text, pattern, maxErrors, { limit: Infinity });
      for (const { start, end, errors } of matches) {
        expect(byEnd[end]).toBe(errors);
        expect(fullDistance(pattern, text.slice(start, end))).toBe(errors);
      }
      const reported = new Set(matches.map((m) => m.end));
      // Every run of ends within maxErrors is represented by its least-error end.
      for (let j = 0; j < byEnd.length; j++) {
        if (byEnd[j]! > maxErrors) continue;
        let runStart = j;
        while (runStart > 0 && byEnd[runStart - 1]! <= maxErrors) runStart--;
        let runEnd = j;
        while (runEnd + 1 < byEnd.length && byEnd[runEnd + 1]! <= maxErrors) runEnd++;
        const run = byEnd.slice(runStart, runEnd + 1);
        const bestEnd = runStart + run.indexOf(run.reduce((a, b) => Math.min(a, b)));
        expect(reported.has(bestEnd)).toBe(true);
        j = runEnd;
      }
    }
  });

  it('clamps a window reaching past either end of the text', () => {
    expect(approxSearch('生物医疗产业', '生物医药产', 1, { from: -100, to: 100 })).toEqual([{ start: 0, end: 5, errors: 1 }]);
  });

  it('searches only inside the requested window', () => {
    const text = '生物医药' + '。'.repeat(50) + '生物医药';
    expect(approxSearch(text, '生物医药', 0, { from: 10 })).toEqual([{ start: 54, end: 58, errors: 0 }]);
  });
});

function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    row = next;
  }
  return row[b.length]!;
}

describe('alignEnd', () => {
  it('aligns the pattern against the best suffix of the window', () => {
    expect(alignEnd('医药产业', '生物医药产业')).toEqual({ errors: 0, start: 2 });
    expect(alignEnd('医药产业', '生物医疗产业')).toEqual({ errors: 1, start: 2 });
  });
  it('costs the whole pattern against an empty window', () => {
    expect(alignEnd('医药', '')).toEqual({ errors: 2, start: 0 });
  });

  it('within a bound of edits, gives the same distance as the whole table, and a start that has it', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 300; round++) {
      const pattern = Array.from({ length: 1 + rand(40) }, () => '甲乙丙丁'[rand(4)]).join('');
      // The window: the pattern with a few edits, behind some other text.
      let edited = pattern;
      for (let e = rand(5); e > 0; e--) {
        const at = rand(edited.length + 1);
        const op = rand(3);
        edited = op === 0 ? edited.slice(0, at) + '戊' + edited.slice(at) : op === 1 ? edited.slice(0, at) + edited.slice(at + 1) : edited.slice(0, at) + '戊' + edited.slice(at + 1);
      }
      const window = Array.from({ length: rand(10) }, () => '甲乙丙丁戊'[rand(5)]).join('') + edited;
      const full = alignEnd(pattern, window);
      for (const bound of [full.errors, full.errors + 1, full.errors + 4]) {
        const banded = alignEnd(pattern, window, bound);
        expect(banded.errors).toBe(full.errors);
        expect(levenshtein(pattern, window.slice(banded.start))).toBe(full.errors);
      }
    }
  });

  it('aligns a long quote with one edit within a small bound', () => {
    const quote = '生物医药产业高质量发展'.repeat(2_000).slice(0, 20_000);
    const window = `前文${quote.slice(0, 9_000)}新${quote.slice(9_000)}`;
    expect(alignEnd(quote, window, 8)).toEqual({ errors: 1, start: 2 });
  });
});
