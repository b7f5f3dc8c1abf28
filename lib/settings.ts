import { z } from 'zod';

import { LANGUAGES, THEMES } from './settings-read';

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

export { isActiveOn, LANGUAGES, SETTINGS_KEY, THEMES } from './settings-read';

export function parseSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export function toggleSite(settings: Settings, hostname: string): Settings {
  const disabled = settings.disabledSites.includes(hostname);
  return {
    ...settings,
    disabledSites: disabled ? settings.disabledSites.filter((h) => h !== hostname) : [...settings.disabledSites, hostname],
  };
}
