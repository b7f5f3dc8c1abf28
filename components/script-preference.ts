import type { Script } from '@/lib/script';
import { SCRIPTS } from '@/lib/script-names';

const KEY = 'displayScript';

/** The reader's 简/繁 choice, shared by the popup, the library page and every popover. */
export async function loadScriptPreference(): Promise<Script> {
  const stored: unknown = (await browser.storage.local.get(KEY))[KEY];
  return SCRIPTS.find((script) => script === stored) ?? 'original';
}

export function saveScriptPreference(script: Script): Promise<void> {
  return browser.storage.local.set({ [KEY]: script });
}
