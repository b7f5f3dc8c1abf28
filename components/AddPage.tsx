import { useEffect, useState } from 'react';
import { titleKey } from '@/lib/corpus/citations';
import { draftFromText } from '@/lib/corpus/parse-text';
import type { PolicyDocument } from '@/lib/corpus/schema';
import { MainTextCommandSchema, PageTextSchema } from '@/lib/store/document-messages';
import { missingFacts, type DocumentFacts, type ReadFacts } from '@/lib/store/user-documents';
import { ask } from '@/entrypoints/content/messaging';
import type { z } from 'zod';
import { t } from './i18n';

/**
 * The popup's "add this page". A page that already is a held document (its title names it) is
 * recognised instead: the popup says so and offers the facts the page states that the library
 * lacks (a 文号, a date), each with the page as source, added only when the user asks.
 */
interface ActiveTab {
  id: number;
  url: string;
  title: string;
}

const FACT_LABEL: Record<keyof DocumentFacts, string> = { docNumber: '文号', issued: '成文日期', published: '发布日期', effectiveFrom: '施行日期', effectiveTo: '有效期至', validityNote: '有效期', issuers: '发文机关' };

export function heldDocumentForTitle(documents: readonly PolicyDocument[], pageTitle: string): PolicyDocument | null {
  const page = titleKey(pageTitle);
  if (page.length < 6) return null;
  return documents.find((d) => [d.title, d.titleSimplified].some((title) => page.includes(titleKey(title)))) ?? null;
}

async function pageFacts(tab: ActiveTab, held: PolicyDocument): Promise<DocumentFacts> {
  const command: z.infer<typeof MainTextCommandSchema> = { type: 'extract-main-text' };
  const page = PageTextSchema.parse(await browser.tabs.sendMessage(tab.id, command, { frameId: 0 }));
  const draft = draftFromText(page.text, { id: 'page', source: page.url, kind: 'page', titleHint: held.title });
  const { docNumber, issued, published, effectiveFrom, effectiveTo, validityNote, issuers } = draft.document;
  const found: ReadFacts = { docNumber, issued, published, effectiveFrom, effectiveTo, validityNote, issuers };
  return missingFacts(held, found);
}

export function AddPage({ documents }: { documents: readonly PolicyDocument[] | undefined }) {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [facts, setFacts] = useState<DocumentFacts | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined && active.url && /^https?:/.test(active.url)) setTab({ id: active.id, url: active.url, title: active.title ?? '' });
    });
  }, []);
  const held = tab && documents ? heldDocumentForTitle(documents, tab.title) : null;
  useEffect(() => {
    if (tab && held) pageFacts(tab, held).then(setFacts, () => setFacts({}));
  }, [tab, held?.id]);
  if (!tab) return null;
  if (held) {
    const entries = Object.entries(facts ?? {}) as [keyof DocumentFacts, DocumentFacts[keyof DocumentFacts]][];
    return (
      <section className="pl-add-page" aria-label={t('libraryAddPage')}>
        <p>{t('pageIsHeld', held.title)}</p>
        {entries.length ? (
          <>
            <p className="pl-muted">{t('pageOffersFacts')}</p>
            <ul>
              {entries.map(([key, value]) => (
                <li key={key}>
                  {FACT_LABEL[key]}：{Array.isArray(value) ? value.join('、') : value} <span className="pl-muted">（{tab.url}）</span>
                </li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() =>
                void ask({ type: 'merge-facts', id: held.id, facts: facts!, source: tab.url }).then(
                  () => {
                    setFacts({});
                    setMessage(t('savedToLibrary', held.title));
                  },
                  (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
                )
              }
            >
              {t('addFacts')}
            </button>
          </>
        ) : null}
        {message ? <p role="status">{message}</p> : null}
      </section>
    );
  }
  return (
    <section className="pl-add-page">
      <button
        type="button"
        onClick={() =>
          void ask({ type: 'add-page', tabId: tab.id }).then(
            () => window.close(),
            (e: unknown) => setMessage(e instanceof Error ? e.message : String(e)),
          )
        }
      >
        {t('libraryAddPage')}
      </button>
      {message ? <p role="alert">{message}</p> : null}
    </section>
  );
}
