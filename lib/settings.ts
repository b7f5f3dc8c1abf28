import { z } from 'zod';

export const THEMES = ['system', 'light', 'dark'] as const;
/** 'browser' follows the browser's language through _locales; the others override it. */
export const LANGUAGES = ['browser', 'zh_CN', 'zh_TW', 'en'] as const;

/**
 * Where the content script may run (a global pause and per-site switches, by hostname), and
 * how the UI looks and speaks.
 */
export const SettingsSchema = z.object({
  paused: z.boolean().default(false),
  disabledSites: z.array(z.string()).default([]),
  theme: z.enum(THEMES).catch('system').default('system'),
  language: z.enum(LANGUAGES).catch('browser').default('browser'),
});
export type Theme = Settings['theme'];
export type Language = Settings['language'];
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_KEY = 'settings';

export function parseSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}

export function toggleSite(settings: Settings, hostname: string): Settings {
  const disabled = settings.disabledSites.includes(hostname);
  return {
    ...settings,
    disabledSites: disabled ? settings.disabledSites.filter((h) => h !== hostname) : [...settings.disabledSites, hostname],
  };
}
