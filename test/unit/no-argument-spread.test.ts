import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A list spread into a call's arguments (`found.push(...list)`, `Math.max(...values)`) puts
 * every element on the stack: a page of 2 MB of repeated headings overflowed it. Such spreads
 * are kept out of the code altogether, so none comes back with a list that can grow.
 */
const SPREAD_INTO_CALL = /\b(push|unshift|splice|concat|max|min|fromCharCode|fromCodePoint)\([^(){}[\]]*\.\.\./;
const ROOTS = ['lib', 'entrypoints', 'components', 'scripts', 'test'];

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx|js)$/.test(name)) yield path;
  }
}

describe('argument spreads', () => {
  it('no list is spread into push, concat, Math.max and the like anywhere in the code', () => {
    const found: string[] = [];
    for (const root of ROOTS)
      for (const file of sources(root)) {
        // This file spells the pattern out to test the check.
        if (file.endsWith('no-argument-spread.test.ts')) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => SPREAD_INTO_CALL.test(line) && found.push(`${file}:${i + 1}: ${line.trim()}`));
      }
    expect(found).toEqual([]);
  });

  it('the check finds one', () => {
    expect(SPREAD_INTO_CALL.test('found.push(...resolvePending(matcher, state, pending));')).toBe(true);
    expect(SPREAD_INTO_CALL.test('const worst = Math.max(0, ...tasks);')).toBe(true);
    expect(SPREAD_INTO_CALL.test('results.push({ tag, ...levelFromTag(tag) });')).toBe(false);
  });
});
