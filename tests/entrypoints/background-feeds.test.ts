// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '@/entrypoints/background';
import { getDB } from '@/lib/db/database';
import { sendMessage } from '@/lib/ext/messaging';
import { run as publish } from '@/lib/cli/commands/publish';
import { captureOutput, fixturesDir } from '../lib/feed/helpers';
import { startFeedServer, type FeedServer } from '../support/feed-server';

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

  it('the policy stays authoritative: a feed it drops is no longer managed', async () => {
    const url = await closedPortUrl();
    await fakeBrowser.storage.managed.set({ feeds: [{ url }] });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const db = getDB();
    expect((await until(() => db.feeds.get(url), (f) => f?.managed === 1))?.managed).toBe(1);
    await fakeBrowser.storage.managed.set({ feeds: [] });
    expect((await until(() => db.feeds.get(url), (f) => f?.managed === 0))?.managed).toBe(0);
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

/** A feed published by the real CLI from a fixture pack, served by a real HTTP server on 127.0.0.1. */
async function servedFeed(): Promise<{ server: FeedServer; url: string; requests: () => string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'bg-feed-'));
  const io = captureOutput();
  try {
    if ((await publish([resolve(fixturesDir, 'shop-v1.json'), '--out', dir])) !== 0) throw new Error(io.err());
  } finally {
    io.restore();
  }
  const server = await startFeedServer();
  const index = readFileSync(join(dir, 'index.json'), 'utf8');
  server.set('/index.json', { kind: 'ok', body: index });
  for (const p of (JSON.parse(index) as { packs: { url: string }[] }).packs) server.set(`/${p.url}`, { kind: 'ok', body: new Uint8Array(readFileSync(join(dir, p.url))) });
  rmSync(dir, { recursive: true, force: true });
  return { server, url: `${server.url}/index.json`, requests: () => server.log.filter((l) => l.startsWith('GET /index.json')) };
}

describe('background feeds: when syncs happen, and the administrator\'s policy', () => {
  let feed: Awaited<ReturnType<typeof servedFeed>>;
  beforeEach(async () => {
    fakeBrowser.reset();
    const db = getDB();
    await db.feeds.clear();
    feed = await servedFeed();
  });
  afterEach(() => feed.server.close());

  it('browser start (runtime.onStartup) syncs the subscribed feeds from the server', async () => {
    const db = getDB();
    await db.feeds.put({ url: feed.url, addedAt: 1, managed: 0, failures: 0, packIds: [] });
    background.main();
    expect(feed.requests()).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await until(() => db.feeds.get(feed.url), (f) => !!f?.lastSuccessAt);
    expect(feed.requests()).toEqual(['GET /index.json 200']);
    expect((await db.packs.get('shop-zh'))?.source).toBe(`feed:${feed.url}`);
  });

  it('the sync alarm firing syncs due feeds; another extension alarm does not', async () => {
    const db = getDB();
    await db.feeds.put({ url: feed.url, addedAt: 1, managed: 0, failures: 0, packIds: [] });
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'some-other-alarm', scheduledTime: Date.now() });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'kefu-feeds-sync', scheduledTime: Date.now(), periodInMinutes: 15 });
    await until(() => db.feeds.get(feed.url), (f) => !!f?.lastSuccessAt);
    // One sync: the other alarm did not start one (syncs are serial, so a second would show as a second GET).
    expect(feed.requests()).toEqual(['GET /index.json 200']);
    expect((await db.packs.get('shop-zh'))?.entryCount).toBeGreaterThan(0);
  });

  it('disableBundledPacks switches the bundled packs off (out of the search index); preset feeds are synced and marked managed', async () => {
    const db = getDB();
    await fakeBrowser.storage.managed.set({ disableBundledPacks: true, feeds: [{ url: feed.url }] });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const preset = await until(() => db.feeds.get(feed.url), (f) => !!f?.lastSuccessAt);
    expect(preset).toMatchObject({ managed: 1, failures: 0 });
    expect(feed.requests()).toEqual(['GET /index.json 200']);
    await until(() => db.packs.get('default-en'), (p) => p?.enabled === 0);
    expect((await db.packs.get('default-zh'))?.enabled).toBe(0);
    expect((await db.packs.get('default-en'))?.enabled).toBe(0);
    const index = await db.searchIndex.get('active');
    expect(index?.packs.map((p) => p.id)).toEqual(['shop-zh']);
  });
});
