import type { AppDB } from '../db/database';
import { checkFeedUrl } from '../feed/schema';

export interface DestinationChoice {
  /** Where reports go now; undefined = they stay in the browser (exportable from the options page). */
  url: string | undefined;
  /** settings = the agent's own destination; feed = a subscribed feed's reportUrl. */
  source: 'settings' | 'feed' | 'none';
  /** Addresses that were passed over, each with the reason in plain words (shown to the agent). */
  refused: { url: string; from: 'settings' | 'feed'; reason: string }[];
}

/**
 * Where reports go: the agent's own destination wins (it may be a team-chat webhook the lead asked for);
 * when it is empty or not allowed, the first feed (by address) that names an allowed reportUrl. A refused
 * address is never used, and says why, so a stored http:// address cannot leak reports in clear text.
 */
export async function chooseReportDestination(db: AppDB, configured: string): Promise<DestinationChoice> {
  const refused: DestinationChoice['refused'] = [];
  if (configured.trim()) {
    const own = checkFeedUrl(configured);
    if (own.ok) return { url: own.url, source: 'settings', refused };
    refused.push({ url: configured.trim(), from: 'settings', reason: `The report destination is not used: ${own.error}` });
  }
  const feeds = await db.feeds.orderBy('url').toArray();
  for (const f of feeds) {
    if (!f.reportUrl?.trim()) continue;
    const checked = checkFeedUrl(f.reportUrl);
    if (checked.ok) return { url: checked.url, source: 'feed', refused };
    refused.push({ url: f.reportUrl, from: 'feed', reason: `The reportUrl of the feed ${f.url} is not used: ${checked.error}` });
  }
  return { url: undefined, source: 'none', refused };
}

/** Where reports go: the agent's configured destination, else the first feed that names a reportUrl. */
export async function reportDestination(db: AppDB, configured: string): Promise<string | undefined> {
  return (await chooseReportDestination(db, configured)).url;
}

/** The host a report goes to, as the agent should see it before sending ("open.feishu.cn"); undefined when it stays local. */
export function destinationHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}
