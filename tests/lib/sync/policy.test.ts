// @vitest-environment node
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/database';
import { generateKeyPair, signBytes } from '@/lib/feed/keys';
import { applyPolicyFeeds, parsePolicy } from '@/lib/sync/policy';
import { syncFeed } from '@/lib/sync/sync-feed';
import { startFeedServer, type FeedServer } from '../../support/feed-server';

// The administrator's policy decides which feeds are managed and which key they are signed with.

const makePack = (version: string) => ({
  format: 'kbpack/1', id: 'shop', version, title: 'Shop', locale: 'zh-CN', publishedAt: '2026-11-01',
  entries: [{ id: 'ship', title: '发货', questions: ['什么时候发货'], answer: `v${version}` }],
});

let server: FeedServer;
let db: AppDB;
let url: string;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  db = new AppDB(`policy-${Math.random().toString(36).slice(2)}`);
  await db.open();
  url = `${server.url}/index.json`;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function publishSigned(keys: { publicKey: string; privateKey: string }, version: string) {
  const raw = new TextEncoder().encode(JSON.stringify(makePack(version)));
  server.set(`/p${version}.json`, { kind: 'ok', body: raw });
  const listing = { id: 'shop', version, url: `p${version}.json`, sha256: createHash('sha256').update(raw).digest('hex'), size: raw.length, signature: await signBytes(keys.privateKey, raw) };
  server.set('/index.json', { kind: 'ok', body: JSON.stringify({ format: 'kbfeed/1', title: 'T', publicKey: keys.publicKey, packs: [listing] }) });
}

describe('applyPolicyFeeds', () => {
  it('a key rotated by policy replaces the pinned key of an already-managed feed', async () => {
    const k1 = await generateKeyPair();
    const k2 = await generateKeyPair();
    await applyPolicyFeeds(db, parsePolicy({ feeds: [{ url, publicKey: k1.publicKey }] }).feeds);
    await publishSigned(k1, '1');
    expect((await syncFeed(db, url)).ok).toBe(true);

    await applyPolicyFeeds(db, parsePolicy({ feeds: [{ url, publicKey: k2.publicKey }] }).feeds);
    expect((await db.feeds.get(url))?.publicKey).toBe(k2.publicKey);
    await publishSigned(k2, '2');
    const r = await syncFeed(db, url);
    expect(r.errors).toEqual([]);
    expect((await db.packs.get('shop'))?.version).toBe('2');
  });

  it('a feed the policy no longer lists stops being managed (the agent can remove it); others are untouched', async () => {
    const other = `${server.url}/other/index.json`;
    await db.feeds.put({ url: other, addedAt: 1, managed: 0, failures: 0, packIds: [] });
    await applyPolicyFeeds(db, parsePolicy({ feeds: [{ url }] }).feeds);
    expect((await db.feeds.get(url))?.managed).toBe(1);
    await applyPolicyFeeds(db, parsePolicy({ feeds: [] }).feeds);
    expect((await db.feeds.get(url))?.managed).toBe(0);
    expect((await db.feeds.get(other))?.managed).toBe(0);
    // Listed again: managed again.
    await applyPolicyFeeds(db, parsePolicy({ feeds: [{ url }] }).feeds);
    expect((await db.feeds.get(url))?.managed).toBe(1);
  });
});
