import type { ReactElement } from 'react';
import type { MessageKey } from '@/components/i18n';
import type { Language } from '@/lib/settings';
import type { Root } from 'react-dom/client';
import type { NotesSurface, NotesViewHandlers } from '../content-ui/notes-view';
import type { ReferencePopoverProps } from '../content-ui/reference-popover-view';
import type { PdfOffersProps } from '../content-ui/pdf-offer-view';
import { loadModule } from './lazy-module';

/**
 * React and the in-page views live in content-ui.js, loaded when the reader is about to use
 * them (the page has references or notes and is idle, or the reader selects text), not on
 * every page at document_idle. Only types cross from there to here. The UI strings (three
 * catalogues) live there too: the content script's few strings are shown in the kit's views.
 */
export interface UiKit {
  createRoot(container: Element): Root;
  referencePopoverView(props: ReferencePopoverProps): ReactElement;
  notesView(surface: NotesSurface, on: NotesViewHandlers): ReactElement;
  pdfOffersView(props: PdfOffersProps): ReactElement;
  /** The kit's strings follow the language setting. */
  chooseLanguage(language: Language): void;
  t(key: MessageKey, substitutions?: string | string[]): string;
}

export const UI_KIT_KEY = Symbol.for('policy-lens.ui-kit');
const UI_KIT_FILE = '/content-ui.js';

let loaded: UiKit | null = null;
let language: Language = 'browser';

/** The UI language setting, for the kit (now or once it loads). */
export function setUiLanguage(next: Language): void {
  language = next;
  loaded?.chooseLanguage(next);
}

/**
 * A UI string in the chosen language. The strings are shown in the kit's views, so the kit
 * is loaded by then; before, the browser's language is what the extension has at hand.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return loaded ? loaded.t(key, substitutions) : browser.i18n.getMessage(key, substitutions) || key;
}

/** The kit if it has loaded already. */
export function loadedUiKit(): UiKit | null {
  return loaded;
}

/** The kit, imported once per page; a failed import is tried again next time. */
export function loadUiKit(): Promise<UiKit> {
  return loadModule<UiKit>(UI_KIT_FILE, UI_KIT_KEY).then((kit) => {
    if (!loaded) kit.chooseLanguage(language);
    loaded = kit;
    return kit;
  });
}
