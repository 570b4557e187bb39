import type { AppDB } from '../db/database';
import { checkFeedUrl } from '../feed/schema';

/** Where reports go: the agent's configured destination, else the first feed that names a reportUrl. */
export async function reportDestination(db: AppDB, configured: string): Promise<string | undefined> {
  const own = configured.trim() ? checkFeedUrl(configured) : undefined;
  if (own?.ok) return own.url;
  const feeds = await db.feeds.orderBy('url').toArray();
  const fromFeed = feeds.find((f) => f.reportUrl && checkFeedUrl(f.reportUrl).ok)?.reportUrl;
  return fromFeed;
}
