// @vitest-environment jsdom
import { expect, it } from 'vitest';
import type { Reference } from '../../../lib/detect/reference';
import type { PlacedReference } from '../../../entrypoints/content/reference-index';
import { keepSameReferences } from '../../../entrypoints/content/same-references';

document.body.innerHTML = '<p>见苏政发〔2018〕144号和国函〔2025〕80号。</p>';
const text = document.querySelector('p')!.firstChild as Text;

function placed(from: number, to: number, reference: Partial<Reference>, start = 0): PlacedReference {
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return { range, reference: { start, end: start + to - from, kind: 'docNumber', text: text.data.slice(from, to), ...reference } as Reference };
}

it('keeps the objects of references found again at the same place, naming the same thing', () => {
  const before = [placed(1, 14, { documentId: '004' }), placed(15, 26, { citedId: 'c1' })];
  // Read again whole: the same 文号 (offsets now from another text), one now resolved to a held document.
  const again = [placed(1, 14, { documentId: '004' }, 40), placed(15, 26, { documentId: '000' })];
  const kept = keepSameReferences(again, before);
  expect(kept[0]).toBe(before[0]);
  expect(kept[1]).toBe(again[1]);
});
