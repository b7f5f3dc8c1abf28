// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchView } from '../../../components/search/SearchView';
import { buildSearchIndex, search } from '../../../lib/search';
import en from '../../../public/_locales/en/messages.json';
import type { MessageKey } from '../../../components/i18n';
import { clauses, documents } from './fixture';
import { mountEachTest } from '../mounted-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The English messages the extension ships, with chrome.i18n's one placeholder filled in.
const t = (key: MessageKey, substitution?: string | string[]) => en[key].message.replace(/\$[A-Z]+\$/, String(substitution ?? ''));

const dom = mountEachTest();
let onOpen: ReturnType<typeof vi.fn<(clauseId: string) => void>>;

beforeEach(async () => {
  onOpen = vi.fn<(clauseId: string) => void>();
  await act(async () => dom.root.render(<SearchView documents={documents} clauses={clauses} onOpen={onOpen} t={t} today="2026-01-01" />));
});


const input = () => dom.container.querySelector<HTMLInputElement>('input[type="search"]')!;
const options = () => [...dom.container.querySelectorAll<HTMLLIElement>('[role="option"]')];

async function type(text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(input(), text);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(key: string) {
  await act(async () => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('SearchView', () => {
  it('focuses the search box on open', () => {
    expect(document.activeElement).toBe(input());
    expect(input().getAttribute('aria-controls')).toBe(dom.container.querySelector('[role="listbox"]')!.id);
  });

  it('lists results with document title, level, clause label and the match in <mark>', async () => {
    await type('醫保目錄');
    const first = options()[0]!;
    expect(first.textContent).toContain('关于加快推进苏州市生物医药产业高质量发展的若干措施');
    expect(first.textContent).toContain('Municipal');
    expect(first.textContent).toContain('第四章 第十六条');
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toContain('医保目录');
    expect(dom.container.querySelector('[role="status"]')!.textContent).toBe(`${options().length} results`);
  });

  it('renders page-like text as text, never as markup', async () => {
    const hostile = clauses.map((c) => (c.id === '003:二/(十六)' ? { ...c, text: '<b>x</b>审评审批效率' } : c));
    await act(async () => dom.root.render(<SearchView documents={documents} clauses={hostile} onOpen={onOpen} t={t} today="2026-01-01" />));
    await type('审评审批效率');
    expect(dom.container.querySelector('.pl-search-snippet b')).toBeNull();
    expect(options()[0]!.textContent).toContain('<b>x</b>');
  });

  it('moves through results with ↑/↓ and opens the active one with Enter', async () => {
    await type('创新');
    expect(options().length).toBeGreaterThan(2);
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await press('ArrowDown');
    await press('ArrowDown');
    await press('ArrowUp');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('false');
    await press('ArrowUp');
    await press('ArrowUp');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await press('ArrowDown');
    await press('Enter');
    const second = search(buildSearchIndex(documents, clauses), '创新', { today: '2026-01-01' })[1]!.clauseId;
    expect(onOpen.mock.calls).toEqual([[second]]);
  });

  it('starts again at the first result when the results change', async () => {
    await type('创新');
    await press('ArrowDown');
    await press('ArrowDown');
    await type('医保');
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await press('Enter');
    expect(onOpen).toHaveBeenCalledWith(search(buildSearchIndex(documents, clauses), '医保', { today: '2026-01-01' })[0]!.clauseId);
  });

  it('opens a clause named by its path with Enter', async () => {
    await type('江苏 措施 第7条');
    expect(options()).toHaveLength(1);
    expect(options()[0]!.textContent).toContain('Direct match');
    await press('Enter');
    expect(onOpen).toHaveBeenCalledWith('002-2:7');
  });

  it('opens a result on click', async () => {
    await type('数据出境');
    await act(async () => options()[0]!.click());
    expect(onOpen).toHaveBeenCalledWith('000:六/(十六)');
  });

  it('filters by level, document and validity', async () => {
    await type('医保');
    const all = options().length;
    const checkbox = (label: string) =>
      [...dom.container.querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;
    const [national, provincial] = [checkbox('National'), checkbox('Provincial')];
    await act(async () => national!.click());
    await act(async () => provincial!.click());
    expect(options().length).toBeGreaterThan(0);
    expect(options().length).toBeLessThan(all);
    for (const o of options()) expect(o.textContent).toContain('Municipal');

    await act(async () => provincial!.click());
    const [documentSelect, validitySelect] = [...dom.container.querySelectorAll('select')];
    await choose(validitySelect!, 'expired');
    expect(options().length).toBeGreaterThan(0);
    for (const o of options()) expect(o.textContent).toContain('Expired');

    await choose(validitySelect!, 'any');
    await choose(documentSelect!, '002-3');
    expect(options().length).toBeGreaterThan(0);
    for (const o of options()) expect(o.textContent).toContain('苏州市');
  });

  it('says so when nothing matches, and shows a hint before typing', async () => {
    expect(dom.container.querySelector('[role="status"]')!.textContent).toBe(en.searchHint.message);
    await type('!!!');
    expect(options()).toHaveLength(0);
    await type('量子引力波');
    expect(dom.container.querySelector('[role="status"]')!.textContent).toBe('No matching clause');
    await press('Enter');
    expect(onOpen).not.toHaveBeenCalled();
  });
});
