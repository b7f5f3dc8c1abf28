// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LinkedText } from '../../../components/LinkedText';
import { buildCorpus } from '../../../lib/corpus/build';
import { detect } from '../../../lib/detect/detect';
import { buildMatcher } from '../../../lib/detect/matcher';
import { matcherSourceFromCorpus } from '../../../lib/detect/source';
import { linkSegments } from '../../../lib/reference-links';
import { readSeeds } from '../../../scripts/seeds';
import { mountEachTest } from '../mounted-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The library's own texts, read with the detector the extension builds from them.
const corpus = buildCorpus(readSeeds());
const matcher = buildMatcher(matcherSourceFromCorpus(corpus));
const find = (text: string) => detect(matcher, text);
const preamble = corpus.clauses.find((c) => c.id === '002-3:序言')!.text;

const dom = mountEachTest();

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
  act(() => dom.root.render(<LinkedText text={preamble} findReferences={find} onOpenClause={() => {}} onOpenDocument={onOpenDocument} />));
  const link = [...dom.container.querySelectorAll('button')].find((b) => b.textContent === '《江苏省政府关于推动生物医药产业高质量发展的意见》')!;
  act(() => link.click());
  expect(onOpenDocument).toHaveBeenCalledWith('004');
  expect(dom.container.textContent).toBe(preamble);
});

describe("000's issuing notice", () => {
  const notice = corpus.documents.find((d) => d.id === '000')!.frontMatter!;

  it('names the approval the library does not hold: its title and 文号 open what is known of it', () => {
    const segments = linkSegments(notice, find(notice));
    expect(segments.map((s) => s.text).join('')).toBe(notice);
    expect(segments).toContainEqual({ text: '國函〔2025〕80號', target: { kind: 'cited', id: 'cited:国函〔2025〕80号' } });
  });

  it('links the approval only where the host can show it', () => {
    const onOpenCited = vi.fn();
    act(() => dom.root.render(<LinkedText text={notice} findReferences={find} onOpenClause={() => {}} onOpenDocument={() => {}} />));
    expect([...dom.container.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('國函〔2025〕80號');
    act(() => dom.root.render(<LinkedText text={notice} findReferences={find} onOpenClause={() => {}} onOpenDocument={() => {}} onOpenCited={onOpenCited} />));
    act(() => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === '國函〔2025〕80號')!.click());
    expect(onOpenCited).toHaveBeenCalledWith('cited:国函〔2025〕80号');
    expect(dom.container.textContent).toBe(notice);
  });
});

it('a clause mention after the document it belongs to opens that clause', () => {
  const onOpenClause = vi.fn();
  const text = '按照《关于加快推进苏州市生物医药产业高质量发展的若干措施》第十三条的要求执行。';
  act(() => dom.root.render(<LinkedText text={text} findReferences={find} onOpenClause={onOpenClause} onOpenDocument={() => {}} />));
  act(() => [...dom.container.querySelectorAll('button')].find((b) => b.textContent === '第十三条')!.click());
  expect(onOpenClause).toHaveBeenCalledWith('002-3:第三章/第十三条');
});
