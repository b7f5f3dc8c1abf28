// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LinkedText } from '../../../components/LinkedText';
import { buildCorpus } from '../../../lib/corpus/build';
import { detect } from '../../../lib/detect/detect';
import { buildMatcher } from '../../../lib/detect/matcher';
import { matcherSourceFromCorpus } from '../../../lib/detect/source';
import { linkSegments } from '../../../lib/reference-links';
import { readSeeds } from '../../../scripts/seeds';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The library's own texts, read with the detector the extension builds from them.
const corpus = buildCorpus(readSeeds());
const matcher = buildMatcher(matcherSourceFromCorpus(corpus));
const find = (text: string) => detect(matcher, text);
const preamble = corpus.clauses.find((c) => c.id === '002-3:序言')!.text;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

it("002-3's preamble naming the provincial opinions links to 004, keeping every character", () => {
  const segments = linkSegments(preamble, find(preamble));
  expect(segments.map((s) => s.text).join('')).toBe(preamble);
  expect(segments).toContainEqual({ text: '《江苏省政府关于推动生物医药产业高质量发展的意见》', target: { kind: 'document', id: '004' } });
});

it('references the library does not hold stay plain text', () => {
  const text = '按照浙政发〔2024〕7号执行。';
  expect(linkSegments(text, find(text))).toEqual([{ text }]);
});

it('clicking a citation inside a clause text opens its document', () => {
  const onOpenDocument = vi.fn();
  act(() => root.render(<LinkedText text={preamble} findReferences={find} onOpenClause={() => {}} onOpenDocument={onOpenDocument} />));
  const link = [...container.querySelectorAll('button')].find((b) => b.textContent === '《江苏省政府关于推动生物医药产业高质量发展的意见》')!;
  act(() => link.click());
  expect(onOpenDocument).toHaveBeenCalledWith('004');
  expect(container.textContent).toBe(preamble);
});
