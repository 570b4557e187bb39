// @vitest-environment node
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FEED_EXTRAS_PREFIX, storedAdaptersFrom, type FeedExtras } from '@/lib/console/custom-adapters';
import { collectFeedExtras, type ExtrasStore } from '@/lib/console/teach/feed-extras';
import { AppDB } from '@/lib/db/database';
import { addFeed, removeFeed, syncFeed } from '@/lib/sync/sync-feed';
import { startFeedServer, type FeedServer } from '../../../support/feed-server';

// A team lead teaches once; everyone gets the adapter (and platform rules) through the feed: in the index
// or inside a pack. Synced against a real HTTP server; adapters land in an in-memory store shaped like
// storage.local.

const adapter = (id: string, buyer = '[data-author="customer"]') => ({
  id,
  name: 'Example Mall',
  hosts: ['chat.example-mall.test'],
  messageRow: ['[role="log"] > article[data-msg-id]'],
  buyer: [buyer],
  seller: ['[data-author="store"]'],
  input: ['[role="textbox"]'],
});
const rule = { id: 'team-no-competitor', consoles: ['*'], words: ['某宝'], message: { zh: '不要提竞品', en: 'No competitor names' }, source: 'Team policy' };
const pack = (extra: Record<string, unknown> = {}) => ({
  format: 'kbpack/1', id: 'shop', version: '1', title: 'Shop', locale: 'zh-CN', publishedAt: '2026-11-01T00:00:00Z',
  entries: [{ id: 'ship', title: '发货', questions: ['什么时候发货'], answer: '48小时内发货' }], ...extra,
});

class MemoryStore implements ExtrasStore {
  items = new Map<string, FeedExtras>();
  async load(url: string) {
    return this.items.get(url);
  }
  async save(extras: FeedExtras) {
    this.items.set(extras.url, structuredClone(extras));
  }
  async remove(url: string) {
    this.items.delete(url);
  }
}

let server: FeedServer;
let db: AppDB;
let store: MemoryStore;
let feedUrl: string;

function publish(index: Record<string, unknown>, packBody?: unknown) {
  const packs = [];
  if (packBody) {
    const raw = new TextEncoder().encode(JSON.stringify(packBody));
    server.set('/shop.json', { kind: 'ok', body: raw });
    const p = packBody as { id: string; version: string };
    packs.push({ id: p.id, version: p.version, url: 'shop.json', sha256: createHash('sha256').update(raw).digest('hex'), size: raw.length });
  }
  server.set('/index.json', { kind: 'ok', body: JSON.stringify({ format: 'kbfeed/1', title: 'Team', packs, ...index }) });
}

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  db = new AppDB(`extras-${Math.random().toString(36).slice(2)}`);
  await db.open();
  store = new MemoryStore();
  feedUrl = `${server.url}/index.json`;
  await addFeed(db, feedUrl);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('adapters and rules through a feed', () => {
  it('adapters listed in the index are stored for the feed; unchanged ones keep their date', async () => {
    publish({ adapters: [adapter('taught-chat-example-mall-test')], rules: [rule] });
    const r = await syncFeed(db, feedUrl, { extras: store, now: () => 1000 });
    expect(r.ok).toBe(true);
    const saved = store.items.get(feedUrl)!;
    expect(saved.adapters.map((s) => [s.adapter.id, s.source, s.savedAt])).toEqual([['taught-chat-example-mall-test', `feed:${feedUrl}`, 1000]]);
    expect(saved.rules).toEqual([rule]);
    // What the content script reads back from storage.local.
    expect(storedAdaptersFrom({ [`${FEED_EXTRAS_PREFIX}${feedUrl}`]: saved }).map((s) => s.adapter.id)).toEqual(['taught-chat-example-mall-test']);

    publish({ adapters: [adapter('taught-chat-example-mall-test')], rules: [rule], title: 'Team (renamed)' });
    await syncFeed(db, feedUrl, { extras: store, now: () => 2000 });
    expect(store.items.get(feedUrl)!.adapters[0]!.savedAt).toBe(1000);

    publish({ adapters: [adapter('taught-chat-example-mall-test', '[data-author="buyer"]')] });
    await syncFeed(db, feedUrl, { extras: store, now: () => 3000 });
    expect(store.items.get(feedUrl)!.adapters[0]!.savedAt).toBe(3000);
    expect(store.items.get(feedUrl)!.rules).toEqual([]);
  });

  it('adapters carried by a pack are applied, and stay while the pack is unchanged', async () => {
    publish({}, pack({ adapters: [adapter('from-pack')] }));
    await syncFeed(db, feedUrl, { extras: store, now: () => 1 });
    expect(store.items.get(feedUrl)!.adapters.map((s) => s.adapter.id)).toEqual(['from-pack']);
    // The next sync does not download the pack again: its adapter comes from the stored pack row.
    publish({ adapters: [adapter('from-index')] }, pack({ adapters: [adapter('from-pack')] }));
    const r = await syncFeed(db, feedUrl, { extras: store, now: () => 2 });
    expect(r.applied).toEqual([]);
    expect(store.items.get(feedUrl)!.adapters.map((s) => s.adapter.id)).toEqual(['from-index', 'from-pack']);
  });

  it('an invalid adapter is skipped with a plain error; the valid ones and the packs still apply', async () => {
    publish({ adapters: [adapter('good'), { ...adapter('bad'), messageRow: [] }] }, pack());
    const r = await syncFeed(db, feedUrl, { extras: store, now: () => 1 });
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/The feed index: Adapter "bad" is not a valid console adapter: messageRow: needs at least one selector/);
    expect(r.applied).toEqual([{ id: 'shop', version: '1' }]);
    expect(store.items.get(feedUrl)!.adapters.map((s) => s.adapter.id)).toEqual(['good']);
    expect((await db.feeds.get(feedUrl))?.lastError).toMatch(/"bad"/);
  });

  it('removing the feed removes its adapters and rules', async () => {
    publish({ adapters: [adapter('a')], rules: [rule] });
    await syncFeed(db, feedUrl, { extras: store });
    expect(store.items.has(feedUrl)).toBe(true);
    await removeFeed(db, feedUrl, store);
    expect(store.items.has(feedUrl)).toBe(false);
  });

  it('a feed that no longer lists adapters clears them', async () => {
    publish({ adapters: [adapter('a')] });
    await syncFeed(db, feedUrl, { extras: store });
    publish({});
    await syncFeed(db, feedUrl, { extras: store });
    expect(store.items.has(feedUrl)).toBe(false);
  });
});

describe('collectFeedExtras', () => {
  it('an adapter id delivered twice (index and pack) is kept once, with an error', () => {
    const r = collectFeedExtras({ adapters: [adapter('x')] }, [{ id: 'shop', extra: { adapters: [adapter('x')] } }]);
    expect(r.adapters).toHaveLength(1);
    expect(r.errors[0]).toMatch(/Pack "shop": adapter "x" is already delivered/);
  });
});
