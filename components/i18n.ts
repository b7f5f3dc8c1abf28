import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import { formatMessage, type Catalogue } from '@/lib/i18n-format';
import type { Language } from '@/lib/settings';

export type MessageKey = keyof typeof en;

const CATALOGUES: Record<Exclude<Language, 'browser'>, Catalogue> = { en, zh_CN: zhCN, zh_TW: zhTW };
let chosen: Catalogue | null = null;

/**
 * The language setting: 'browser' leaves the strings to the browser's i18n (its language),
 * the others read the bundled catalogue. Pages call it before rendering (see ./language.ts).
 */
export function chooseLanguage(language: Language): void {
  chosen = language === 'browser' ? null : CATALOGUES[language];
}

/** The language the UI is shown in, as a BCP 47 tag for `lang` attributes. */
export function uiLanguageTag(): string {
  const locale = chosen === CATALOGUES.en ? 'en' : chosen === CATALOGUES.zh_TW ? 'zh-TW' : chosen === CATALOGUES.zh_CN ? 'zh-CN' : browser.i18n.getMessage('@@ui_locale').replace('_', '-');
  return locale || 'zh-CN';
}

/** UI strings follow the browser's language through the extension's _locales, unless the setting overrides it. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  if (chosen) return formatMessage(chosen, key, substitutions) || key;
  return browser.i18n.getMessage(key, substitutions) || key;
}
