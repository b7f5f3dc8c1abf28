import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** UI strings follow the browser's language through the extension's _locales. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
