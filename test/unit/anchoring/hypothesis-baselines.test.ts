// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type TextIndex, textIndex } from '../../../entrypoints/content/text-index';
import { anchor } from '../../../lib/anchoring/anchor';
import { describePosition, describeQuote } from '../../../lib/anchoring/describe';
import { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '../../../lib/notes/schema';

// Selectors taken by the Hypothesis client on saved pages (see test/fixtures/hypothesis/README.md).
const dir = join(import.meta.dirname, '../../fixtures/hypothesis');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

type Row = { id: string; target: { selector: { type: string }[] }[] };

function rowsOf(name: string): Row[] {
  return (JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as { rows: Row[] }).rows;
}

function loadPage(name: string): HTMLElement {
  // src=/href= neutralised as the fixtures' README says, by same-length names: with scripting
  // on (as when the selectors were taken), <noscript> content is raw text in textContent, and
  // the <img src=…> inside it must keep its length for the offsets to hold.
  const html = readFileSync(join(dir, `${name}.html`), 'utf8').replace(/\b(src|href)=/gi, (m) => 'x'.repeat(m.length - 1) + '=');
  // Fragment parsing into this (scripting-enabled) document: nothing runs, nothing loads.
  document.documentElement.innerHTML = html;
  return document.body;
}

function selectorsOf(row: Row) {
  const selectors = row.target[0]!.selector;
  return {
    quote: TextQuoteSelectorSchema.parse(selectors.find((s) => s.type === 'TextQuoteSelector')),
    position: TextPositionSelectorSchema.parse(selectors.find((s) => s.type === 'TextPositionSelector')),
  };
}

describe.each(fixtures)('Hypothesis baseline %s', (name) => {
  const rows = rowsOf(name);
  let body: HTMLElement;
  let index: TextIndex;
  beforeAll(() => {
    body = loadPage(name);
    index = textIndex(body);
  });

  it('indexes the same text as body.textContent', () => {
    expect(index.text).toBe(body.textContent);
  });

  it.each(rows.map((row) => [row.id, row] as const))('re-describes annotation %s exactly', (_id, row) => {
    const { quote, position } = selectorsOf(row);
    const found = anchor(index.text, { quote, position });
    expect(found?.method).toBe('position');
    const range = index.offsetsToRange(found!.start, found!.end);
    const { start, end } = index.rangeToOffsets(range);
    expect(describePosition(start, end)).toEqual(position);
    expect(describeQuote(index.text, start, end)).toEqual(quote);
    expect(range.toString()).toBe(quote.exact);
  });

  it.each(rows.map((row) => [row.id, row] as const))('anchors annotation %s by its quote alone', (_id, row) => {
    const { quote, position } = selectorsOf(row);
    const found = anchor(index.text, { quote, position: describePosition(0, 1) });
    expect(found).toEqual({ start: position.start, end: position.end, method: 'quote' });
  });
});
