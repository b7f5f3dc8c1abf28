import { useEffect, useState } from 'react';
import { isActiveOn, LANGUAGES, parseSettings, SETTINGS_KEY, THEMES, toggleSite, type Language, type Settings, type Theme } from '@/lib/settings';
import { t, type MessageKey } from './i18n';

const THEME_KEY: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };
/** Each language named in itself, so a reader who cannot read the current one still finds theirs. */
const LANGUAGE_NAME: Record<Exclude<Language, 'browser'>, string> = { zh_CN: '简体中文', zh_TW: '繁體中文', en: 'English' };

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
      <label>
        {t('settingTheme')}{' '}
        <select value={settings.theme} onChange={(e) => save({ ...settings, theme: e.target.value as Theme })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(THEME_KEY[theme])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settingLanguage')}{' '}
        <select value={settings.language} onChange={(e) => save({ ...settings, language: e.target.value as Language })}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language === 'browser' ? undefined : language.replace('_', '-')}>
              {language === 'browser' ? t('languageBrowser') : LANGUAGE_NAME[language]}
            </option>
          ))}
        </select>
      </label>
      <span className="pl-muted" aria-live="polite">
        {hostname && isActiveOn(settings, hostname) ? t('activeHere') : t('inactiveHere')}
      </span>
    </div>
  );
}
