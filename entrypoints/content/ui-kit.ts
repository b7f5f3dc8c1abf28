import type { ReactElement } from 'react';
import { chooseLanguage } from '@/components/i18n';
import type { Language } from '@/lib/settings';
import type { Root } from 'react-dom/client';
import type { NotesSurface, NotesViewHandlers } from '../content-ui/notes-view';
import type { ReferencePopoverProps } from '../content-ui/reference-popover-view';
import type { PdfOffersProps } from '../content-ui/pdf-offer-view';

/**
 * React and the in-page views live in content-ui.js, loaded when the reader is about to use
 * them (the page has references or notes and is idle, or the reader selects text), not on
 * every page at document_idle. Only types cross from there to here.
 */
export interface UiKit {
  createRoot(container: Element): Root;
  referencePopoverView(props: ReferencePopoverProps): ReactElement;
  notesView(surface: NotesSurface, on: NotesViewHandlers): ReactElement;
  pdfOffersView(props: PdfOffersProps): ReactElement;
  /** The kit's own copy of the UI strings follows the language setting too. */
  chooseLanguage(language: Language): void;
}

/** Where content-ui.js leaves its kit: a global of the content script's isolated world, which pages cannot see. */
export const UI_KIT_KEY = Symbol.for('policy-lens.ui-kit');

/**
 * The file is web-accessible only through the per-session dynamic URL (use_dynamic_url in
 * wxt.config.ts), which runtime.getURL gives here and no page can guess: a page cannot probe
 * for it to tell the extension is installed.
 */
const UI_KIT_FILE = '/content-ui.js';

let loading: Promise<UiKit> | null = null;
let loaded: UiKit | null = null;
let language: Language = 'browser';

/** The UI language setting, for both copies of the strings: this script's and the kit's. */
export function setUiLanguage(next: Language): void {
  language = next;
  chooseLanguage(next);
  loaded?.chooseLanguage(next);
}

/** The kit if it has loaded already. */
export function loadedUiKit(): UiKit | null {
  return loaded;
}

/** The kit, imported once per page; a failed import is tried again next time. */
export function loadUiKit(): Promise<UiKit> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(UI_KIT_FILE)).then(() => {
    const kit = (globalThis as Record<symbol, unknown>)[UI_KIT_KEY] as UiKit | undefined;
    if (!kit) throw new Error(`${UI_KIT_FILE} did not load`);
    kit.chooseLanguage(language);
    loaded = kit;
    return kit;
  });
  loading.catch(() => (loading = null));
  return loading;
}
