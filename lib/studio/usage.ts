import type { UsageEvent } from '../db/types';

// What agents did with each entry, from the extension's local usage log (events table). Copying counts as
// a use like inserting (it is the fallback when the console cannot take an insert), as in lib/analytics.

/** "Needs review": at least this share of thumbs-down, with at least this many votes. */
export const NEEDS_REVIEW = { minVotes: 3, negativeShare: 0.3 } as const;

export interface EntryUse {
  inserted: number;
  up: number;
  down: number;
}

/** Per entry id of one pack (events are keyed `${packId}/${entryId}`). Bad rows are ignored. */
export function usageByEntry(events: readonly unknown[], packId: string): Map<string, EntryUse> {
  const prefix = `${packId}/`;
  const out = new Map<string, EntryUse>();
  for (const raw of Array.isArray(events) ? events : []) {
    const e = raw as Partial<UsageEvent> | null;
    if (!e || typeof e.entryKey !== 'string' || !e.entryKey.startsWith(prefix)) continue;
    const id = e.entryKey.slice(prefix.length);
    const u = out.get(id) ?? { inserted: 0, up: 0, down: 0 };
    if (e.type === 'inserted' || e.type === 'copied') u.inserted++;
    else if (e.type === 'thumbs-up') u.up++;
    else if (e.type === 'thumbs-down') u.down++;
    else continue;
    out.set(id, u);
  }
  return out;
}

export function needsReview(u: EntryUse | undefined): boolean {
  if (!u) return false;
  const votes = u.up + u.down;
  return votes >= NEEDS_REVIEW.minVotes && u.down / votes >= NEEDS_REVIEW.negativeShare;
}
