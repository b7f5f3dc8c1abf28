import { useCallback, useEffect, useState } from 'react';
import { ScriptSchema, type Script } from '@/lib/script';

const KEY = 'displayScript';

/** The reader's 简/繁 choice, remembered across pages and sessions. */
export function useStoredScript(): [Script, (script: Script) => void] {
  const [script, setScript] = useState<Script>('original');
  useEffect(() => {
    void browser.storage.local.get(KEY).then((stored) => {
      const parsed = ScriptSchema.safeParse(stored[KEY]);
      if (parsed.success) setScript(parsed.data);
    });
  }, []);
  const choose = useCallback((next: Script) => {
    setScript(next);
    void browser.storage.local.set({ [KEY]: next });
  }, []);
  return [script, choose];
}
