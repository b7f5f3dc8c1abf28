import type { Settings } from './settings';

/**
 * The settings as content scripts read them, without zod: only the extension's own pages
 * write them (validated there, see settings.ts), and in a page an odd value must fall back
 * to the defaults rather than fail.
 */
export const SETTINGS_KEY = 'settings';

export const THEMES = ['system', 'light', 'dark'] as const;
/** 'browser' follows the browser's language through _locales; the others override it. */
export const LANGUAGES = ['browser', 'zh_CN', 'zh_TW', 'en'] as const;

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback);

export function readSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    paused: value.paused === true,
    disabledSites: Array.isArray(value.disabledSites) ? value.disabledSites.filter((site): site is string => typeof site === 'string') : [],
    theme: oneOf(THEMES, value.theme, 'system'),
    language: oneOf(LANGUAGES, value.language, 'browser'),
  };
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}
