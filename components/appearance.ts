import { parseSettings, SETTINGS_KEY, type Settings, type Theme } from '@/lib/settings';
import { chooseLanguage, uiLanguageTag } from './i18n';

const readSettings = async (): Promise<Settings> => parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);

/** data-theme for styles.css: absent follows the browser's colour scheme. */
export function applyTheme(element: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete element.dataset.theme;
  else element.dataset.theme = theme;
}

/**
 * For an extension page, before it renders: the chosen look and language. A new theme is
 * applied at once; a new language reloads the page, whose strings were rendered in the old one.
 */
export async function followAppearance(): Promise<void> {
  const settings = await readSettings().catch(() => parseSettings(undefined));
  chooseLanguage(settings.language);
  applyTheme(document.documentElement, settings.theme);
  document.documentElement.lang = uiLanguageTag();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const next = parseSettings(changes[SETTINGS_KEY]!.newValue);
    applyTheme(document.documentElement, next.theme);
    if (next.language !== settings.language) location.reload();
  });
}
