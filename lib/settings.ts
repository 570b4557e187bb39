import { z } from 'zod';

// Agent-level settings kept in storage.local. Parsed with defaults so an old or damaged value never breaks a page.
export const settingsSchema = z.object({
  agentName: z.string().max(60).catch('').default(''),
  /** Minutes between background syncs of the feeds. */
  syncMinutes: z.number().int().min(5).max(24 * 60).catch(15).default(15),
  /** Where gap reports go: a team-chat incoming webhook or any JSON endpoint; empty = the feed's reportUrl. */
  reportDestination: z.string().max(2000).catch('').default(''),
  /** Add aggregated usage numbers (no message text) to gap reports. */
  shareUsage: z.boolean().catch(false).default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  const r = settingsSchema.safeParse(value ?? {});
  return r.success ? r.data : settingsSchema.parse({});
}
