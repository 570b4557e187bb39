// Custom adapters, feed rules and console health in extension storage (storage.local). The one file under
// lib/console/teach that touches the extension API: the content script, the worker and the extension
// pages all go through it, so the keys and shapes stay in one place.
import { browser } from 'wxt/browser';
import { consoleAdapters } from '../adapters';
import { FEED_EXTRAS_PREFIX, HEALTH_PREFIX, LOCAL_ADAPTERS_KEY, mergeAdapters, storedAdaptersFrom, type FeedExtras, type StoredAdapter } from '../custom-adapters';
import type { ConsoleAdapter } from '../types';
import { isHealthRecord, type HealthRecord } from './health';

const local = () => browser.storage.local;

async function everything(): Promise<Record<string, unknown>> {
  return ((await local().get(null)) ?? {}) as Record<string, unknown>;
}

/** Every stored custom adapter (taught, imported, from feeds). Never throws: storage trouble = none. */
export async function loadStoredAdapters(): Promise<StoredAdapter[]> {
  try {
    return storedAdaptersFrom(await everything());
  } catch {
    return [];
  }
}

/** The adapters the reader should use: custom ones laid over the built-ins. */
export async function loadEffectiveAdapters(): Promise<ConsoleAdapter[]> {
  return mergeAdapters(consoleAdapters, await loadStoredAdapters());
}

export async function loadLocalAdapters(): Promise<StoredAdapter[]> {
  const got = await local().get(LOCAL_ADAPTERS_KEY);
  const list = got[LOCAL_ADAPTERS_KEY];
  return Array.isArray(list) ? storedAdaptersFrom({ [LOCAL_ADAPTERS_KEY]: list }) : [];
}

export async function saveLocalAdapters(list: StoredAdapter[]): Promise<void> {
  await local().set({ [LOCAL_ADAPTERS_KEY]: list });
}

const isAdapterKey = (key: string) => key === LOCAL_ADAPTERS_KEY || key.startsWith(FEED_EXTRAS_PREFIX);

/** Call back when custom adapters (or feed rules) change anywhere. Returns an unsubscribe function. */
export function onAdaptersChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some(isAdapterKey)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const feedExtrasKey = (feedUrl: string) => `${FEED_EXTRAS_PREFIX}${feedUrl}`;

export async function loadFeedExtras(feedUrl: string): Promise<FeedExtras | undefined> {
  const key = feedExtrasKey(feedUrl);
  const got = (await local().get(key))[key];
  return got && typeof got === 'object' ? (got as FeedExtras) : undefined;
}

export async function saveFeedExtras(extras: FeedExtras): Promise<void> {
  await local().set({ [feedExtrasKey(extras.url)]: extras });
}

export async function removeFeedExtras(feedUrl: string): Promise<void> {
  await local().remove(feedExtrasKey(feedUrl));
}

/** Rules delivered by every feed (not yet validated: callers parse them with lib/rules). */
export async function loadFeedRules(): Promise<unknown[]> {
  try {
    const out: unknown[] = [];
    for (const [key, value] of Object.entries(await everything())) {
      if (key.startsWith(FEED_EXTRAS_PREFIX) && Array.isArray((value as FeedExtras | null)?.rules)) out.push(...(value as FeedExtras).rules);
    }
    return out;
  } catch {
    return [];
  }
}

export async function loadHealthRecords(): Promise<HealthRecord[]> {
  try {
    return Object.entries(await everything())
      .filter(([key, value]) => key.startsWith(HEALTH_PREFIX) && isHealthRecord(value))
      .map(([, value]) => value as HealthRecord);
  } catch {
    return [];
  }
}

export async function loadHealthRecord(consoleId: string): Promise<HealthRecord | undefined> {
  const key = `${HEALTH_PREFIX}${consoleId}`;
  const value = (await local().get(key))[key];
  return isHealthRecord(value) ? value : undefined;
}

export async function saveHealthRecord(record: HealthRecord): Promise<void> {
  await local().set({ [`${HEALTH_PREFIX}${record.consoleId}`]: record });
}

export function onHealthChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(HEALTH_PREFIX))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Feed extras kept in storage.local (the feed sync's default store). */
export const storageExtrasStore = {
  load: loadFeedExtras,
  save: saveFeedExtras,
  remove: removeFeedExtras,
};
