import type { Feed, FeedPackListing } from './schema';
import { DEFAULT_MAX_PACK_BYTES, formatBytes, packLabel } from './verify';

// What one sync of one feed should do, decided before any download. The feed is the source of truth:
// a different version or checksum is downloaded (that includes a deliberate rollback), a pack the
// feed no longer lists is removed, and a listing that cannot be trusted is reported and left alone.

export interface LocalPackState {
  id: string;
  version: string;
  sha256?: string;
}

export interface SyncPlan {
  download: FeedPackListing[];
  unchanged: string[];
  /** Local ids the feed no longer lists. */
  remove: string[];
  /** Listings left alone (neither downloaded nor removed), with a human reason. */
  errors: { packId: string; error: string }[];
}

export function planSync(feed: Feed, local: LocalPackState[], options: { maxBytes?: number } = {}): SyncPlan {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PACK_BYTES;
  const plan: SyncPlan = { download: [], unchanged: [], remove: [], errors: [] };
  const listed = new Map<string, FeedPackListing[]>();
  for (const p of feed.packs) listed.set(p.id, [...(listed.get(p.id) ?? []), p]);
  const localById = new Map(local.map((l) => [l.id, l]));
  // An invalid listing still names its pack: reported, never downloaded nor removed. One without a usable id
  // could be any pack, so nothing is removed this time.
  const invalidIds = new Set<string>();
  for (const bad of feed.invalidPacks ?? []) {
    plan.errors.push({ packId: bad.id ?? '', error: bad.error });
    if (bad.id) invalidIds.add(bad.id);
  }
  const removeNothing = (feed.invalidPacks ?? []).some((bad) => !bad.id);

  for (const [id, listings] of listed) {
    const listing = listings[0]!;
    if (invalidIds.has(id)) continue;
    if (listings.length > 1) {
      const versions = [...new Set(listings.map((l) => l.version))].join(', ');
      plan.errors.push({ packId: id, error: `The feed lists pack "${id}" ${listings.length} times (${versions}); it is skipped until the feed is fixed.` });
      continue;
    }
    if (listing.size > maxBytes) {
      plan.errors.push({ packId: id, error: `${packLabel(listing)} was not downloaded: the feed lists it as ${formatBytes(listing.size)}, over the ${formatBytes(maxBytes)} limit.` });
      continue;
    }
    const current = localById.get(id);
    const same = current && current.version === listing.version && (!current.sha256 || current.sha256.toLowerCase() === listing.sha256.toLowerCase());
    if (same) plan.unchanged.push(id);
    else plan.download.push(listing);
  }
  if (!removeNothing) for (const l of local) if (!listed.has(l.id) && !invalidIds.has(l.id)) plan.remove.push(l.id);
  return plan;
}

/**
 * Order two version strings the way people read them: numeric runs compare as numbers
 * ("2026.11.10" > "2026.11.9"), other runs as text. Returns <0, 0 or >0.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.trim().split(/[.\-+_ ]/).filter(Boolean);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return 0;
}

/** True when the feed now lists an older version than the one installed (a rollback; the UI may say so). */
export function isDowngrade(local: Pick<LocalPackState, 'version'>, listing: Pick<FeedPackListing, 'version'>): boolean {
  return compareVersions(listing.version, local.version) < 0;
}
