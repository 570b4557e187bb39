// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { getDB } from '@/lib/db/database';
import { sendMessage } from '@/lib/ext/messaging';

// The worker's feed wiring, WXT style: main() against fakeBrowser, then real events.
async function closedPortUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}/index.json`;
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('background feeds', () => {
  beforeEach(() => fakeBrowser.reset());

  it('on install: presets the administrator\'s feeds, schedules the sync alarm and records failures in plain words', async () => {
    const url = await closedPortUrl();
    await fakeBrowser.storage.managed.set({ feeds: [{ url }, { url: 'ftp://nope' }, 42], syncMinutes: 30 });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const db = getDB();
    const feed = await until(() => db.feeds.get(url), (f) => !!f?.lastError);
    expect(feed).toMatchObject({ managed: 1, failures: 1 });
    expect(feed?.lastError).toMatch(/could not be reached/);
    expect(await db.feeds.count()).toBe(1); // the bad policy entries were dropped
    const alarm = await until(() => fakeBrowser.alarms.get('kefu-feeds-sync'), (a) => !!a);
    expect(alarm?.periodInMinutes).toBe(30);
    // The bundled packs keep working offline.
    expect(await db.packs.get('default-zh')).toBeTruthy();
  });

  it('"Sync now" syncs the named feed even while backing off', async () => {
    background.main();
    const url = await closedPortUrl();
    const db = getDB();
    await db.feeds.put({ url, addedAt: 1, managed: 0, failures: 3, nextAttemptAt: Date.now() + 3_600_000, packIds: [] });
    const [result] = await sendMessage('feeds/sync', { url });
    expect(result).toMatchObject({ url, ok: false });
    expect((await db.feeds.get(url))?.failures).toBe(4);
  });
});
