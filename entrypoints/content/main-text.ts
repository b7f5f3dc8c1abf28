import type { PageText } from '@/lib/store/document-messages';
import { isMainTextCommand } from './commands';
import { loadModule } from './lazy-module';

/** What content-main-text.js hands back (see entrypoints/content-main-text). */
export interface MainTextModule {
  readMainText(): PageText;
}

export const MAIN_TEXT_KEY = Symbol.for('policy-lens.main-text');
const MAIN_TEXT_FILE = '/content-main-text.js';

/** Answers the background's request for the main text ("add this page"); returns the listener's remover. */
export function listenForMainText(): () => void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isMainTextCommand(message)) return;
    loadModule<MainTextModule>(MAIN_TEXT_FILE, MAIN_TEXT_KEY)
      .then((module) => sendResponse(module.readMainText()))
      .catch((error: unknown) => sendResponse({ error: String(error) }));
    // The answer comes once the extraction has loaded.
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
