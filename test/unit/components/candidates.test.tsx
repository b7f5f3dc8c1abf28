// @vitest-environment jsdom
import { act } from 'react';
import { expect, it, vi } from 'vitest';
import { Popover, targetOf, type PopoverContent, type PopoverTarget } from '../../../components/Popover';
import type { PolicyDocument } from '../../../lib/corpus/schema';
import en from '../../../public/_locales/en/messages.json';
import { makeDocument } from '../document-fixture';
import { mountEachTest } from '../mounted-root';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// The English messages the extension ships, as browser.i18n would give them.
(globalThis as { browser?: unknown }).browser = { i18n: { getMessage: (key: keyof typeof en) => en[key]?.message ?? '' } };

const TITLE = '关于促进生物医药产业高质量发展的若干措施';
const documents: PolicyDocument[] = [
  makeDocument({ id: 'sz', title: TITLE, issuers: ['苏州市人民政府'], level: 'municipal', region: '苏州', issued: '2022-05-19' }),
  makeDocument({ id: 'wx', title: TITLE, issuers: [], level: 'municipal', region: '无锡', issued: null, published: null }),
];

const dom = mountEachTest();

it('lists look-alike documents with issuer, level and date, and opens the one the reader chooses', async () => {
  const load = vi.fn(async (target: PopoverTarget): Promise<PopoverContent> => {
    const document = documents.find((d) => target.kind === 'document' && d.id === target.id);
    return document ? { kind: 'document', view: { document, outline: [], links: [] } } : { kind: 'missing' };
  });
  const target = targetOf({ start: 0, end: 10, kind: 'title', text: `《${TITLE}》`, candidates: ['sz', 'wx'] });
  await act(async () => dom.root.render(<Popover target={target} load={load} script="original" onScriptChange={() => {}} convert={async (text) => text} onOpenLibrary={() => {}} onClose={() => {}} />));

  const dialog = dom.container.querySelector('[role="dialog"]')!;
  expect(dialog.querySelector('h2')!.textContent).toBe(en.candidatesTitle.message);
  const items = [...dialog.querySelectorAll('.pl-candidates li')].map((li) => li.textContent);
  expect(items).toEqual([`${TITLE} 苏州市人民政府 · ${en.levelMunicipal.message} · 苏州 · 2022-05-19`, `${TITLE} ${en.unknown.message} · ${en.levelMunicipal.message} · 无锡 · ${en.unknown.message}`]);

  await act(async () => dialog.querySelectorAll<HTMLButtonElement>('.pl-candidates button')[1]!.click());
  expect(load).toHaveBeenLastCalledWith({ kind: 'document', id: 'wx' });
  expect(dom.container.querySelector('.pl-candidates')).toBeNull();
});
