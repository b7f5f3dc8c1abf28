// Issue 18: a tab left open on a page whose clock ticks ~250 times a second must not keep the
// replaced text nodes alive or let its heap climb. Two readings 20 s apart after a forced GC;
// the page itself holds about 40 nodes and a flat heap without the extension, so the margins
// below are generous noise allowances, far under what a leak of one node per tick adds
// (thousands). CPU is reported by `npm run bench -- long-lived`, never asserted here.
import { pageMeter } from '../../scripts/bench/long-lived.bench';
import { expect, test } from './fixtures';

test('a ticking clock neither grows the DOM nor the heap with the extension on', async ({ page, origin }) => {
  test.setTimeout(90_000);
  const read = await pageMeter(page);
  await page.goto(`${origin}/long-lived-clock.html`);
  // Detection has run: the references outside the clock are underlined.
  const drawn = () => page.evaluate(() => (CSS.highlights.get('policy-lens-ref')?.size ?? 0) + (CSS.highlights.get('policy-lens-ref-unknown')?.size ?? 0));
  await expect.poll(drawn, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(5_000);
  const references = await drawn();
  const early = await read();
  await page.waitForTimeout(20_000);
  const late = await read();
  // ~5,000 clock ticks between the readings.
  expect(late.nodes - early.nodes, `nodes ${early.nodes} → ${late.nodes}`).toBeLessThan(200);
  expect(late.nodes, 'nodes alive beside the page’s own ~40').toBeLessThan(400);
  expect(late.heapBytes - early.heapBytes, `heap ${early.heapBytes} → ${late.heapBytes}`).toBeLessThan(256 * 1024);
  // The references outside the clock are still drawn.
  expect(await drawn()).toBe(references);
});
