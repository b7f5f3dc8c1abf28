import { useEffect, useState } from 'react';
import { isActiveOn, parseSettings, SETTINGS_KEY, toggleSite, type Settings } from '@/lib/settings';
import { t } from './i18n';

/** Global pause and the switch for the site in the active tab. */
export function SettingsBar({ hostname }: { hostname: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])));
  }, []);
  if (!settings) return null;
  const save = (next: Settings) => {
    setSettings(next);
    void browser.storage.local.set({ [SETTINGS_KEY]: next });
  };
  return (
    <div className="pl-settings">
      <label>
        <input type="checkbox" checked={settings.paused} onChange={(e) => save({ ...settings, paused: e.target.checked })} /> {t('pauseEverywhere')}
      </label>
      {hostname ? (
        <label>
          <input type="checkbox" checked={!settings.disabledSites.includes(hostname)} disabled={settings.paused} onChange={() => save(toggleSite(settings, hostname))} />{' '}
          {t('enableOnSite', hostname)}
        </label>
      ) : null}
      <span className="pl-muted" aria-live="polite">
        {hostname && isActiveOn(settings, hostname) ? t('activeHere') : t('inactiveHere')}
      </span>
    </div>
  );
}
