import { z } from 'zod';

// Agent-level settings kept in storage.local. Parsed with defaults so an old or damaged value never breaks a page.
export const settingsSchema = z.object({
  agentName: z.string().max(60).catch('').default(''),
  /** Minutes between background syncs of the feeds. */
  syncMinutes: z.number().int().min(5).max(24 * 60).catch(15).default(15),
});
export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  const r = settingsSchema.safeParse(value ?? {});
  return r.success ? r.data : settingsSchema.parse({});
}
