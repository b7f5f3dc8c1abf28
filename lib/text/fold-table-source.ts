import { Converter } from 'opencc-js/t2cn';

/**
 * The 繁→简 character pairs folding uses, computed from opencc-js (tw → cn) one code point at
 * a time, as fold() applies it. scripts/fold-table.ts writes them compactly to fold-table.ts
 * so content scripts fold without opencc's dictionaries; a unit test checks the written table
 * still equals what this computes.
 */
export function foldPairsFromOpencc(): [number, number][] {
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const pairs: [number, number][] = [];
  for (let cp = 0; cp <= 0x323af; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const simplified = toSimplified(ch);
    // Only one-to-one changes: a character must fold to one character so offsets stay exact.
    if (simplified !== ch && Array.from(simplified).length === 1) pairs.push([cp, simplified.codePointAt(0)!]);
  }
  return pairs;
}

/** Sources as base-36 gaps from the previous source, targets as a string: small once gzipped. */
export function encodeFoldPairs(pairs: [number, number][]): { gaps: string; targets: string } {
  let previous = 0;
  const gaps: string[] = [];
  for (const [from] of pairs) {
    gaps.push((from - previous).toString(36));
    previous = from;
  }
  return { gaps: gaps.join(' '), targets: pairs.map(([, to]) => String.fromCodePoint(to)).join('') };
}
