import { applyFeedExtras, type ExtrasStore } from '../console/teach/feed-extras';
import { storageExtrasStore } from '../console/teach/storage';
import type { AppDB } from '../db/database';
import { applyChanges, type PackChange } from '../db/packs';
import type { FeedRow } from '../db/types';
import { retryDelayMs } from '../feed/backoff';
import { planSync } from '../feed/plan';
import { checkFeedUrl, checkRedirect, parseFeedText } from '../feed/schema';
import { verifyPackBytes } from '../feed/verify';
import { DownloadError, fetchBytes, type Fetch } from './fetch-bytes';
import { fetchIndex } from './fetch-index';

// One feed's sync: conditional fetch of index.json, download and verify only changed packs, then apply
// everything that passed in ONE transaction. A pack that fails any check is skipped whole (its previous
// version stays active) and the feed's status says why in plain words.

export const DEFAULT_MAX_PACK_BYTES = 20 * 1024 * 1024;
const MAX_INDEX_BYTES = 2 * 1024 * 1024;
const DEFAULT_PERIOD_MS = 15 * 60_000;

export interface SyncOptions {
  fetch?: Fetch;
  now?: () => number;
  maxPackBytes?: number;
  /** How long a server may take to answer a request (default 30 s). */
  timeoutMs?: number;
  /** How long a download may go without receiving a byte (default 30 s); there is no limit on the total time. */
  idleMs?: number;
  /**
   * The background sync's period (default 15 minutes, the default setting). A feed that could not be reached
   * (offline) is retried no later than that: being offline says nothing about the feed, so it must not earn
   * the hours-long backoff meant for broken feeds.
   */
  periodMs?: number;
  /** Runs inside the apply transaction just before it commits (tests simulate a killed worker here). */
  beforeCommit?: () => void | Promise<void>;
  /** Where the feed's console adapters and platform rules go (default: storage.local, read by content scripts). */
  extras?: ExtrasStore;
}

export interface SyncResult {
  url: string;
  ok: boolean;
  /** 'not-modified' when the index had not changed (HTTP 304). */
  outcome: 'updated' | 'not-modified' | 'unchanged' | 'failed' | 'partial';
  applied: { id: string; version: string }[];
  removed: string[];
  errors: string[];
}

const sourceOf = (url: string) => `feed:${url}` as const;

export async function syncFeed(db: AppDB, url: string, options: SyncOptions = {}): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  const fetchImpl = options.fetch ?? fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const idleMs = options.idleMs ?? 30_000;
  const result: SyncResult = { url, ok: false, outcome: 'failed', applied: [], removed: [], errors: [] };
  const feedRow = await db.feeds.get(url);
  if (!feedRow) return { ...result, errors: [`Not subscribed to ${url}.`] };
  const started = now();

  const fail = async (error: string, maxDelayMs?: number): Promise<SyncResult> => {
    const failures = feedRow.failures + 1;
    const delay = Math.min(retryDelayMs(failures), maxDelayMs ?? Infinity);
    await db.feeds.update(url, { lastAttemptAt: started, lastError: error, failures, nextAttemptAt: started + delay });
    return { ...result, errors: result.errors.includes(error) || result.errors.join('\n') === error ? result.errors : [...result.errors, error] };
  };

  try {
    const { index, plainOnly } = await fetchIndex(fetchImpl, feedRow, { maxBytes: MAX_INDEX_BYTES, timeoutMs, idleMs });
    if (plainOnly) await db.feeds.update(url, { plainRequests: true });
    const landed = checkRedirect(url, index.url);
    if (!landed.ok) return fail(`The feed redirected to an address that is not allowed (${index.url}): ${landed.error}`);
    if (index.status === 304) {
      await db.feeds.update(url, { lastAttemptAt: started, lastSuccessAt: started, lastError: undefined, failures: 0, nextAttemptAt: undefined });
      return { ...result, ok: true, outcome: 'not-modified' };
    }
    const parsed = parseFeedText(new TextDecoder().decode(index.bytes), index.url);
    if (!parsed.ok) return fail(parsed.error);
    const feed = parsed.feed;

    // The signing key is pinned the first time it is seen (or preset by policy); a changed key is refused.
    if (feedRow.publicKey && feed.publicKey && feed.publicKey !== feedRow.publicKey) {
      return fail('The feed is now signed with a different key than before. Ask your team lead before trusting it.');
    }
    const publicKey = feedRow.publicKey ?? feed.publicKey;

    const local = (await db.packs.where('source').equals(sourceOf(url)).toArray()).map((p) => ({ id: p.id, version: p.version, sha256: p.sha256 }));
    // An index that lists nothing (a bad upload, the wrong folder) would remove every pack and its rollback
    // copy: refused. A team lead who really means it removes the feed.
    if (!feed.packs.length && !feed.invalidPacks?.length && local.length) {
      return fail(`The feed lists no packs; the ${local.length} installed from it were kept. Remove the feed to drop them.`);
    }
    const plan = planSync(feed, local);
    result.errors.push(...plan.errors.map((e) => e.error));

    const changes: PackChange[] = [];
    for (const listing of plan.download) {
      const clash = await db.packs.get(listing.id);
      if (clash && clash.source !== sourceOf(url)) {
        result.errors.push(`Pack "${listing.id}" is already installed from ${clash.source === 'bundled' ? 'the bundled packs' : clash.source.slice(5)}; this feed's copy was skipped.`);
        continue;
      }
      let bytes: Uint8Array;
      try {
        const checkUrl = checkFeedUrl(listing.url);
        if (!checkUrl.ok) throw new DownloadError(`Pack "${listing.id}" has an address that is not allowed: ${checkUrl.error}`);
        const got = await fetchBytes(fetchImpl, listing.url, { maxBytes: options.maxPackBytes ?? DEFAULT_MAX_PACK_BYTES, timeoutMs, idleMs, what: `Pack "${listing.id}"` });
        const landedPack = checkRedirect(listing.url, got.url);
        if (!landedPack.ok) throw new DownloadError(`Pack "${listing.id}" redirected to an address that is not allowed (${got.url}).`);
        bytes = got.bytes;
      } catch (e) {
        result.errors.push(e instanceof DownloadError ? e.message : `Pack "${listing.id}": ${(e as Error).message}`);
        continue;
      }
      const verified = await verifyPackBytes(bytes, listing, { maxBytes: options.maxPackBytes ?? DEFAULT_MAX_PACK_BYTES, publicKey });
      if (!verified.ok) {
        result.errors.push(verified.error);
        continue;
      }
      changes.push({ pack: verified.pack, source: sourceOf(url), sha256: listing.sha256 });
    }

    // Unsubscribed while downloading: apply nothing.
    if (!(await db.feeds.get(url))) return { ...result, errors: [`Not subscribed to ${url} any more.`] };
    if (changes.length || plan.remove.length) {
      await applyChanges(db, { apply: changes, remove: plan.remove, keepHistory: true }, { beforeCommit: options.beforeCommit });
    }
    result.applied = changes.map((c) => ({ id: c.pack.id, version: c.pack.version }));
    result.removed = plan.remove;
    // Adapters and rules (index and packs) after the packs: the ETag below is only kept once they are stored
    // too, so a worker killed in between re-applies them on the next sync.
    try {
      result.errors.push(...(await applyFeedExtras(db, url, feed, options.extras ?? storageExtrasStore, now())));
    } catch (e) {
      result.errors.push(`The feed's console adapters and rules could not be stored: ${(e as Error).message}`);
    }

    const packIds = [...new Set([...feed.packs.map((p) => p.id), ...(feed.invalidPacks ?? []).flatMap((p) => (p.id ? [p.id] : []))])];
    const base: Partial<FeedRow> = { title: feed.title, reportUrl: feed.reportUrl, packIds, publicKey };
    if (result.errors.length) {
      // Forget the validators: the next sync must fetch the index again to retry the failed packs, even if the
      // team lead restores the previous index.json (its old ETag would answer 304 and hide a half-applied feed).
      // The feed itself answered, so no backoff: one bad pack must not slow the good ones down to every few hours.
      await db.feeds.update(url, {
        ...base,
        etag: undefined,
        lastModified: undefined,
        lastAttemptAt: started,
        // lastSuccessAt stays: "last success" must not say "just now" while packs are still out of date.
        lastError: result.errors.join('\n'),
        nextAttemptAt: undefined,
      });
      return { ...result, ok: false, outcome: changes.length ? 'partial' : 'failed' };
    }
    await db.feeds.update(url, {
      ...base,
      etag: index.etag,
      lastModified: index.lastModified,
      lastAttemptAt: started,
      lastSuccessAt: started,
      lastError: undefined,
      failures: 0,
      nextAttemptAt: undefined,
    });
    return { ...result, ok: true, outcome: changes.length || plan.remove.length ? 'updated' : 'unchanged' };
  } catch (e) {
    if (e instanceof DownloadError) return fail(e.message, e.failure === 'unreachable' ? (options.periodMs ?? DEFAULT_PERIOD_MS) : undefined);
    return fail(`Sync failed: ${(e as Error).message}`);
  }
}

/** Subscribe (idempotent). The URL must already have passed checkFeedUrl. */
export async function addFeed(db: AppDB, url: string, preset: { managed?: boolean; publicKey?: string } = {}): Promise<void> {
  const existing = await db.feeds.get(url);
  if (existing) {
    if (!preset.managed) return;
    const rotated = preset.publicKey !== undefined && preset.publicKey !== existing.publicKey;
    // A key set by policy replaces the pinned one; the index is fetched again so packs are checked against it.
    if (existing.managed !== 1 || rotated) {
      await db.feeds.update(url, { managed: 1, ...(rotated ? { publicKey: preset.publicKey, etag: undefined, lastModified: undefined } : {}) });
    }
    return;
  }
  await db.feeds.put({ url, addedAt: Date.now(), managed: preset.managed ? 1 : 0, failures: 0, packIds: [], ...(preset.publicKey ? { publicKey: preset.publicKey } : {}) });
}

/** Unsubscribe: the feed's packs go with it, in one transaction, with the rollback copies of packs it dropped earlier. */
export async function removeFeed(db: AppDB, url: string, extras: ExtrasStore = storageExtrasStore): Promise<void> {
  const packs = await db.packs.where('source').equals(sourceOf(url)).primaryKeys();
  const dropped = await db.packHistory.filter((h) => h.source === sourceOf(url)).primaryKeys();
  const orphans: string[] = [];
  for (const id of dropped) if (!packs.includes(id) && !(await db.packs.get(id))) orphans.push(id);
  await applyChanges(db, { remove: [...packs, ...orphans] });
  await db.feeds.delete(url);
  // Its console adapters and rules go with it.
  await extras.remove(url).catch(() => undefined);
}

/** Feeds due for a sync now (backoff respected unless forced). */
export async function dueFeeds(db: AppDB, now: number, force = false): Promise<string[]> {
  return (await db.feeds.toArray()).filter((f) => force || !f.nextAttemptAt || f.nextAttemptAt <= now).map((f) => f.url);
}
