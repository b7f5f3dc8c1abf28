import '@/lib/zod-config';
import { createRoot } from 'react-dom/client';
import { chooseLanguage, t } from '@/components/i18n';
import { UI_KIT_KEY, type UiKit } from '../content/ui-kit';
import { notesView } from './notes-view';
import { referencePopoverView } from './reference-popover-view';
import { pdfOffersView } from './pdf-offer-view';

/**
 * The content script's React UI (the popover, the notes toolbar, card and editor), built as
 * its own file so that pages pay for React only when the reader is about to use it: the
 * content script imports this file on demand (see content/ui-kit.ts) and it hands its kit
 * back through the content script's isolated world, out of the page's reach.
 */
export default defineUnlistedScript(() => {
  const kit: UiKit = { createRoot, referencePopoverView, notesView, pdfOffersView, chooseLanguage, t };
  (globalThis as Record<symbol, unknown>)[UI_KIT_KEY] = kit;
});
