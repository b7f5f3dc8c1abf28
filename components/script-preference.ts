import { ScriptSchema, type Script } from '@/lib/script';

const KEY = 'displayScript';

/** The reader's 简/繁 choice, shared by the popup, the library page and every popover. */
export async function loadScriptPreference(): Promise<Script> {
  const parsed = ScriptSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : 'original';
}

export function saveScriptPreference(script: Script): Promise<void> {
  return browser.storage.local.set({ [KEY]: script });
}
