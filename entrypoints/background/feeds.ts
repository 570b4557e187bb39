import { browser } from 'wxt/browser';
import { serialQueue } from '@/lib/serial';
import { getDB } from '@/lib/db/database';
import { pruneEvents } from '@/lib/db/events';
import { setPackEnabled } from '@/lib/db/packs';
import { onMessage } from '@/lib/ext/messaging';
import { loadSettings } from '@/lib/ext/settings';
import { applyPolicyFeeds, parsePolicy } from '@/lib/sync/policy';
import { dueFeeds, removeFeed, syncFeed, type SyncResult } from '@/lib/sync/sync-feed';
import { importBundledPacks } from './bundled-packs';

// Feed sync in the worker: on install, on browser start, on an alarm (every 15 minutes by default) and on
// "Sync now". One sync at a time; a worker killed mid-sync loses nothing (applies are transactions).
const ALARM = 'kefu-feeds-sync';

/** Run one feed job at a time: syncs and removals never interleave (a removal mid-sync would be undone). */
const enqueue = serialQueue();

export function removeFeedQueued(url: string): Promise<void> {
  return enqueue(() => removeFeed(getDB(), url));
}

export function syncFeeds(options: { url?: string; force?: boolean } = {}): Promise<SyncResult[]> {
  const run = async () => {
    const db = getDB();
    const urls = options.url ? [options.url] : await dueFeeds(db, Date.now(), options.force);
    // An unreachable feed is retried by the next alarm at the latest, whatever its backoff.
    const minutes = (await browser.alarms.get(ALARM).catch(() => undefined))?.periodInMinutes;
    const results: SyncResult[] = [];
    for (const url of urls) results.push(await syncFeed(db, url, { periodMs: minutes ? minutes * 60_000 : undefined }));
    return results;
  };
  // A request made while a sync runs waits for it, then runs its own.
  return enqueue(run);
}

/** Apply the administrator's policy: preset feeds, interval, bundled packs switch. */
async function applyPolicy(): Promise<number | undefined> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    return undefined; // no policy store (Firefox without policy, tests)
  }
  const policy = parsePolicy(raw);
  const db = getDB();
  await applyPolicyFeeds(db, policy.feeds);
  if (policy.disableBundledPacks) for (const id of ['default-zh', 'default-en']) if (await db.packs.get(id)) await setPackEnabled(db, id, false);
  return policy.syncMinutes;
}

async function policyMinutes(): Promise<number | undefined> {
  try {
    return parsePolicy(await browser.storage.managed.get(null)).syncMinutes;
  } catch {
    return undefined;
  }
}

async function scheduleAlarm(minutes?: number): Promise<void> {
  // The administrator's interval wins over the agent's setting.
  const periodInMinutes = minutes ?? (await policyMinutes()) ?? (await loadSettings()).syncMinutes;
  const existing = await browser.alarms.get(ALARM);
  if (!existing || existing.periodInMinutes !== periodInMinutes) await browser.alarms.create(ALARM, { periodInMinutes, delayInMinutes: 1 });
}

/** Each step on its own: a failing import or policy must not leave the feeds without their alarm or sync. */
async function startup(): Promise<void> {
  const step = async <T,>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (e) {
      console.error(`[kefu-assist] startup: ${name} failed`, e);
      return undefined;
    }
  };
  await step('bundled packs', importBundledPacks);
  const minutes = await step('policy', applyPolicy);
  await step('alarm', () => scheduleAlarm(minutes));
  await step('usage pruning', () => pruneEvents(getDB()));
  await step('sync', () => syncFeeds({ force: true }));
}

export function setupFeeds(): void {
  const onStart = () => void startup().catch((e) => console.error('[kefu-assist] feed startup failed', e));
  browser.runtime.onInstalled.addListener(onStart);
  browser.runtime.onStartup.addListener(onStart);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void syncFeeds().catch((e) => console.error('[kefu-assist] sync failed', e));
  });
  onMessage('feeds/sync', ({ url }) => syncFeeds({ url, force: true }));
  onMessage('feeds/remove', ({ url }) => removeFeedQueued(url));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) void scheduleAlarm().catch(() => undefined);
    if (area === 'managed') void applyPolicy().then(scheduleAlarm).catch(() => undefined);
  });
}
