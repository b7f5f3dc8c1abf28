import { z } from 'zod';

/** Where the content script may run: a global pause and per-site switches (by hostname). */
export const SettingsSchema = z.object({
  paused: z.boolean().default(false),
  disabledSites: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export { isActiveOn, SETTINGS_KEY } from './settings-read';

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
