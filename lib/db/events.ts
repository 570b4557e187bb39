import type { AppDB } from './database';

/** Usage events are kept this long: enough for the analytics view, not a permanent log. */
export const EVENT_RETENTION_MS = 180 * 24 * 60 * 60 * 1000;

export async function pruneEvents(db: AppDB, now = Date.now()): Promise<number> {
  return db.events.where('at').below(now - EVENT_RETENTION_MS).delete();
}
