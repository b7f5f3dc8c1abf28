import type { Settings } from './settings';

/**
 * The settings as content scripts read them, without zod: only the extension's own pages
 * write them (validated there, see settings.ts), and in a page an odd value must fall back
 * to the defaults rather than fail.
 */
export const SETTINGS_KEY = 'settings';

export function readSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    paused: value.paused === true,
    disabledSites: Array.isArray(value.disabledSites) ? value.disabledSites.filter((site): site is string => typeof site === 'string') : [],
  };
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}
