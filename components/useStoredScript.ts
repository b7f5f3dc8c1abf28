import { useCallback, useEffect, useState } from 'react';
import type { Script } from '@/lib/script';
import { loadScriptPreference, saveScriptPreference } from './script-preference';

/** The reader's 简/繁 choice, remembered across pages and sessions. */
export function useStoredScript(): [Script, (script: Script) => void] {
  const [script, setScript] = useState<Script>('original');
  useEffect(() => {
    void loadScriptPreference().then(setScript);
  }, []);
  const choose = useCallback((next: Script) => {
    setScript(next);
    void saveScriptPreference(next);
  }, []);
  return [script, choose];
}
