// @vitest-environment node
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedExtras } from '@/lib/console/custom-adapters';
import type { ExtrasStore } from '@/lib/console/teach/feed-extras';
import { AppDB } from '@/lib/db/database';
import type { FeedRow } from '@/lib/db/types';
import { chooseReportDestination, destinationHost, reportDestination } from '@/lib/report/destination';
import { addFeed, syncFeed } from '@/lib/sync/sync-feed';
import { startFeedServer, type FeedServer } from '../../support/feed-server';

// Where gap reports go: the agent's own destination, else a subscribed feed's reportUrl. The feed part is
// checked end to end: a real feed served on 127.0.0.1, synced with the real syncFeed, then asked here.

let db: AppDB;
beforeEach(async () => {
  db = new AppDB(`dest-${Math.random().toString(36).slice(2)}`);
  await db.open();
});

const feedRow = (url: string, reportUrl?: string): FeedRow => ({ url, addedAt: 1, managed: 0, failures: 0, packIds: [], ...(reportUrl ? { reportUrl } : {}) });

describe('reportDestination', () => {
  it('nothing configured and no feed: reports stay local', async () => {
    expect(await reportDestination(db, '')).toBeUndefined();
    expect(await chooseReportDestination(db, '   ')).toEqual({ url: undefined, source: 'none', refused: [] });
  });

  it("uses the feed's reportUrl when the agent set none", async () => {
    await db.feeds.put(feedRow('https://kb.example/index.json', 'https://hooks.example/kb'));
    expect(await reportDestination(db, '')).toBe('https://hooks.example/kb');
    expect(await chooseReportDestination(db, '')).toMatchObject({ source: 'feed', refused: [] });
  });

  it("the agent's own destination wins over the feed's (trimmed and normalised)", async () => {
    await db.feeds.put(feedRow('https://kb.example/index.json', 'https://hooks.example/kb'));
    const own = '  https://open.feishu.cn/open-apis/bot/v2/hook/abc  ';
    expect(await reportDestination(db, own)).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/abc');
    expect(await chooseReportDestination(db, own)).toMatchObject({ source: 'settings', refused: [] });
  });

  it('plain HTTP is allowed only on this machine (a local receiver)', async () => {
    expect(await reportDestination(db, 'http://127.0.0.1:8787/reports')).toBe('http://127.0.0.1:8787/reports');
    expect(await reportDestination(db, 'http://localhost:8787/r')).toBe('http://localhost:8787/r');
  });

  it('an own destination that is not allowed is never used, says why, and the feed is used instead', async () => {
    await db.feeds.put(feedRow('https://kb.example/index.json', 'https://hooks.example/kb'));
    for (const [bad, why] of [
      ['http://hooks.example/plain', /Plain HTTP is only allowed for localhost/],
      ['ftp://hooks.example/x', /Only https:\/\/ addresses/],
      ['not a url', /is not a web address/],
      ['https://user:pw@hooks.example/x', /must not contain a user name or password/],
    ] as const) {
      const c = await chooseReportDestination(db, bad);
      expect(c.url).toBe('https://hooks.example/kb');
      expect(c.source).toBe('feed');
      expect(c.refused).toHaveLength(1);
      expect(c.refused[0]).toMatchObject({ url: bad, from: 'settings' });
      expect(c.refused[0]!.reason).toMatch(/^The report destination is not used: /);
      expect(c.refused[0]!.reason).toMatch(why);
    }
  });

  it("a feed's reportUrl that is not allowed (stored by an older version) is skipped for the next feed, with the reason", async () => {
    await db.feeds.bulkPut([
      feedRow('https://a.example/index.json', 'http://hooks.example/plain'),
      feedRow('https://b.example/index.json'),
      feedRow('https://c.example/index.json', 'https://hooks.example/c'),
      feedRow('https://d.example/index.json', 'https://hooks.example/d'),
    ]);
    const c = await chooseReportDestination(db, '');
    expect(c.url).toBe('https://hooks.example/c'); // the first allowed one, by feed address: stable across restarts
    expect(c.refused).toEqual([
      { url: 'http://hooks.example/plain', from: 'feed', reason: expect.stringMatching(/^The reportUrl of the feed https:\/\/a\.example\/index\.json is not used: Plain HTTP/) },
    ]);
    await db.feeds.delete('https://c.example/index.json');
    expect(await reportDestination(db, '')).toBe('https://hooks.example/d');
  });

  it('only refused addresses: nothing is used and every reason is given', async () => {
    await db.feeds.put(feedRow('https://a.example/index.json', 'javascript:alert(1)'));
    const c = await chooseReportDestination(db, 'http://intranet/hook');
    expect(c.url).toBeUndefined();
    expect(c.source).toBe('none');
    expect(c.refused.map((r) => r.from)).toEqual(['settings', 'feed']);
  });
});

describe("a synced feed's reportUrl", () => {
  let server: FeedServer;
  const memoryExtras = (): ExtrasStore => {
    const m = new Map<string, FeedExtras>();
    return { load: async (u) => m.get(u), save: async (e) => void m.set(e.url, e), remove: async (u) => void m.delete(u) };
  };
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(async () => {
    await server.close();
  });

  function publish(extra: Record<string, unknown>) {
    const pack = { format: 'kbpack/1', id: 'shop', version: String(Math.random()), title: 'Shop', locale: 'zh-CN', publishedAt: '2026-11-01T00:00:00Z', entries: [{ id: 'ship', title: '发货', questions: ['什么时候发货'], answer: '48小时内发货' }] };
    const raw = new TextEncoder().encode(JSON.stringify(pack));
    server.set('/packs/shop.json', { kind: 'ok', body: raw });
    const listing = { id: 'shop', version: pack.version, url: 'packs/shop.json', sha256: createHash('sha256').update(raw).digest('hex'), size: raw.length };
    server.set('/index.json', { kind: 'ok', body: JSON.stringify({ format: 'kbfeed/1', title: 'Team feed', packs: [listing], ...extra }) });
  }

  it('is stored by sync and becomes the destination; a feed that drops it stops being one', async () => {
    const url = `${server.url}/index.json`;
    await addFeed(db, url);
    expect(await reportDestination(db, '')).toBeUndefined();

    publish({ reportUrl: 'https://hooks.example/team-kb' });
    const first = await syncFeed(db, url, { extras: memoryExtras() });
    expect(first.errors).toEqual([]);
    expect(first.ok).toBe(true);
    expect((await db.feeds.get(url))?.reportUrl).toBe('https://hooks.example/team-kb');
    expect(await chooseReportDestination(db, '')).toEqual({ url: 'https://hooks.example/team-kb', source: 'feed', refused: [] });
    // The agent's own setting still wins.
    expect(await reportDestination(db, 'http://127.0.0.1:9/own')).toBe('http://127.0.0.1:9/own');

    publish({});
    const second = await syncFeed(db, url, { extras: memoryExtras() });
    expect(second.ok).toBe(true);
    expect((await db.feeds.get(url))?.reportUrl).toBeUndefined();
    expect(await reportDestination(db, '')).toBeUndefined();
  });

  it('a feed whose reportUrl is not allowed is refused by sync and never becomes the destination', async () => {
    const url = `${server.url}/index.json`;
    await addFeed(db, url);
    publish({ reportUrl: 'http://hooks.example/plain' });
    const r = await syncFeed(db, url, { extras: memoryExtras() });
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/reportUrl is not allowed/);
    expect(await reportDestination(db, '')).toBeUndefined();
  });
});

describe('destinationHost', () => {
  it('names the host a report goes to, shown to the agent before sending', () => {
    expect(destinationHost('https://open.feishu.cn/open-apis/bot/v2/hook/abc')).toBe('open.feishu.cn');
    expect(destinationHost('https://hooks.example:8443/kb')).toBe('hooks.example:8443');
    expect(destinationHost(undefined)).toBeUndefined();
    expect(destinationHost('not a url')).toBeUndefined();
  });
});
