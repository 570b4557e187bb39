// Review dates and validity windows, read exactly as the matcher reads them (lib/match/build.ts): a
// date-only end (validUntil) lasts to the end of that day UTC; reviewBy and validFrom start at its start.

export const DAY_MS = 86_400_000;
/** "Expiring soon": validUntil within this many days. */
export const EXPIRING_DAYS = 7;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** ms epoch of an ISO date (end of day for date-only ends); undefined when absent or not a date. */
export function dateMs(s: unknown, endOfDay = false): number | undefined {
  if (typeof s !== 'string' || !s.trim()) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  return endOfDay && DATE_ONLY.test(s.trim()) ? t + DAY_MS - 1 : t;
}

export interface DateFlags {
  /** Past its reviewBy date (the panel marks it "needs review"). */
  stale: boolean;
  /** Past validUntil: agents no longer get it. */
  expired: boolean;
  /** validUntil within the next EXPIRING_DAYS days. */
  expiring: boolean;
  /** validFrom still ahead. */
  notYetValid: boolean;
}

/** The end (UTC) of the day EXPIRING_DAYS days from now: "in the next 7 days" counts whole days. */
export function soonHorizon(now: number): number {
  return Math.floor(now / DAY_MS) * DAY_MS + (EXPIRING_DAYS + 1) * DAY_MS - 1;
}

export function dateFlags(e: { reviewBy?: unknown; validUntil?: unknown; validFrom?: unknown }, now: number): DateFlags {
  const review = dateMs(e.reviewBy);
  const until = dateMs(e.validUntil, true);
  const from = dateMs(e.validFrom);
  return {
    stale: review !== undefined && review < now,
    expired: until !== undefined && until < now,
    expiring: until !== undefined && until >= now && until <= soonHorizon(now),
    notYetValid: from !== undefined && from > now,
  };
}

export interface StaleCounts {
  stale: number;
  expired: number;
  expiring: number;
  /** reviewBy within the next EXPIRING_DAYS days (not yet stale). */
  reviewSoon: number;
}

/** The stale-content dashboard. */
export function staleCounts(entries: readonly { reviewBy?: unknown; validUntil?: unknown }[], now: number): StaleCounts {
  const c: StaleCounts = { stale: 0, expired: 0, expiring: 0, reviewSoon: 0 };
  for (const e of entries) {
    const f = dateFlags(e, now);
    if (f.stale) c.stale++;
    if (f.expired) c.expired++;
    if (f.expiring) c.expiring++;
    const review = dateMs(e.reviewBy);
    if (review !== undefined && review >= now && review <= soonHorizon(now)) c.reviewSoon++;
  }
  return c;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD (UTC) of a time. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A review date moved on by `days`: from the current date when it is still ahead, from today when it has
 * passed (extending a stale entry by 90 days means 90 days from now, not from a date long gone).
 */
export function extendDate(current: unknown, days: number, now: number): string {
  const at = dateMs(current);
  const base = at !== undefined && at > now ? at : now;
  return isoDay(base + days * DAY_MS);
}
