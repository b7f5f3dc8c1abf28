import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { encodeFoldPairs, foldPairsFromOpencc } from '../../../lib/text/fold-table-source';
import { FOLD_GAPS, FOLD_TARGETS } from '../../../lib/text/fold-table';
import { fold } from '../../../lib/text/fold';
import { Converter } from 'opencc-js/t2cn';

const opencc = Converter({ from: 'tw', to: 'cn' });
/** fold() as it was with opencc itself: each code point through opencc, then NFKC. */
function foldWithOpencc(text: string): string {
  return Array.from(text, (ch) => {
    const s = opencc(ch);
    return (Array.from(s).length === 1 ? s : ch).normalize('NFKC');
  }).join('');
}

const texts = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('the fold table', () => {
  it('is what opencc-js (tw → cn) gives one code point at a time (re-run scripts/fold-table.ts if not)', () => {
    expect(encodeFoldPairs(foldPairsFromOpencc())).toEqual({ gaps: FOLD_GAPS, targets: FOLD_TARGETS });
  }, 30_000);

  it('folds the seeds and the test pages exactly as opencc did', () => {
    const all = [...texts('seeds', '.txt'), ...texts('test/e2e/pages', '.html')];
    expect(all.length).toBeGreaterThan(8);
    for (const [name, text] of all) expect(fold(text).text, name).toBe(foldWithOpencc(text));
  });

  it('lets detection run without loading opencc', async () => {
    vi.resetModules();
    vi.doMock('opencc-js/t2cn', () => {
      throw new Error('opencc loaded');
    });
    vi.doMock('opencc-js', () => {
      throw new Error('opencc loaded');
    });
    const { fold: freshFold } = await import('../../../lib/text/fold');
    await import('../../../lib/detect/detect');
    await import('../../../lib/detect/matcher');
    expect(freshFold('商自貿發〔２０２５〕162號').text).toBe('商自贸发〔2025〕162号');
    vi.doUnmock('opencc-js/t2cn');
    vi.doUnmock('opencc-js');
  });
});
