import '@/lib/zod-config';
import { MAIN_TEXT_KEY, type MainTextModule } from '../content/main-text';
import { readMainText } from './read-main-text';

/**
 * "Add this page"'s article extraction (Mozilla's Readability, ~33 KB) as a file of its own:
 * the content script imports it when the reader asks to add the page (see
 * content/main-text.ts), so the pages that are only read never compile it.
 */
export default defineUnlistedScript(() => {
  const module: MainTextModule = { readMainText };
  (globalThis as Record<symbol, unknown>)[MAIN_TEXT_KEY] = module;
});
