// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LinkedClauses } from '../../../components/notes/LinkedClauses';
import { mountEachTest } from '../mounted-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
vi.stubGlobal('browser', { i18n: { getMessage: (key: string) => (key === 'noteLinked' ? 'Linked' : '') } });

const citations: Record<string, string> = {
  '004:三/(一)': '《江苏省人民政府关于推动生物医药产业高质量发展的意见》(苏政发〔2018〕144号) 三、(一)',
  '002-3:第一章/第三条': '《关于加快推进苏州市生物医药产业高质量发展的若干措施》 第三条',
};

const dom = mountEachTest();
/** Answers held back until released, as a round trip to the background would be. */
let pending: (() => void)[];
const cite = (id: string) =>
  new Promise<string>((resolve, reject) => pending.push(() => (id in citations ? resolve(citations[id]!) : reject(new Error('unknown')))));

async function answer() {
  await act(async () => {
    for (const release of pending.splice(0)) release();
  });
}

beforeEach(() => {
  pending = [];
});


describe('LinkedClauses', () => {
  it('shows the ids until the citations arrive, then the citations; unknown ids stay ids', async () => {
    await act(async () => dom.root.render(<LinkedClauses ids={['004:三/(一)', '004:九']} cite={cite} />));
    expect(dom.container.textContent).toBe('Linked: 004:三/(一); 004:九');
    await answer();
    expect(dom.container.textContent).toBe(`Linked: ${citations['004:三/(一)']}; 004:九`);
  });

  it('never shows the previous note’s citations for the next note', async () => {
    await act(async () => dom.root.render(<LinkedClauses ids={['004:三/(一)']} cite={cite} />));
    await answer();
    // The same card now shows another note, as when the pointer moves to another highlight.
    await act(async () => dom.root.render(<LinkedClauses ids={['002-3:第一章/第三条']} cite={cite} />));
    expect(dom.container.textContent).toBe('Linked: 002-3:第一章/第三条');
    await answer();
    expect(dom.container.textContent).toBe(`Linked: ${citations['002-3:第一章/第三条']}`);
  });
});
