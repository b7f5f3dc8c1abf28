import { useEffect, useState } from 'react';
import { readSettings, SETTINGS_KEY } from '@/lib/settings-read';
import type { Theme } from '@/lib/settings';

/**
 * The theme setting, for surfaces inside web pages (the popover) that carry their own
 * data-theme. Read without zod (settings-read.ts), as content scripts read settings: the in-page
 * UI kit then does not carry zod's schemas to every page that shows a popover.
 */
export function useThemeSetting(): Theme {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => {
    // Hosts without extension storage (component tests) keep the browser's scheme.
    if (!browser.storage?.onChanged) return;
    let live = true;
    void browser.storage.local.get(SETTINGS_KEY).then((stored) => live && setTheme(readSettings(stored[SETTINGS_KEY]).theme), () => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) setTheme(readSettings(changes[SETTINGS_KEY]!.newValue).theme);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return theme;
}
