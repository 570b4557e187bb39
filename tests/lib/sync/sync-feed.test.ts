// @vitest-environment node
import { createHash, webcrypto } from 'node:crypto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/database';
import { rollbackPack } from '@/lib/db/packs';
import { Matcher } from '@/lib/match';
import type { Pack } from '@/lib/pack/schema';
import { addFeed, removeFeed, syncFeed } from '@/lib/sync/sync-feed';
import { corsFetch } from '../../support/cors-fetch';
import { startFeedServer, type FeedServer } from '../../support/feed-server';

// Sync against a real HTTP server on 127.0.0.1 with faults. Every failure must leave the active packs as
// they were and say why in plain words; a later good feed must apply.

const entry = (id: string, q: string, answer = `${q}的答案`) => ({ id, title: q, questions: [q], answer });
const makePack = (version: string, entries = [entry('ship', '什么时候发货'), entry('refund', '退款多久到账')], id = 'shop'): Pack => ({
  format: 'kbpack/1', id, version, title: 'Shop', locale: 'zh-CN', publishedAt: '2026-11-01T00:00:00Z', entries,
});
const bytes = (p: unknown) => new TextEncoder().encode(JSON.stringify(p));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let server: FeedServer;
let db: AppDB;
let feedUrl: string;

function publish(packs: { pack?: unknown; raw?: Uint8Array; path?: string; sha256?: string; size?: number; signature?: string; id?: string; version?: string }[], extra: Record<string, unknown> = {}) {
  const listings = packs.map((p, i) => {
    const raw = p.raw ?? bytes(p.pack);
    const path = p.path ?? `/packs/p${i}.json`;
    server.set(path, { kind: 'ok', body: raw });
    const pk = p.pack as Pack | undefined;
    return {
      id: p.id ?? pk?.id ?? 'shop', version: p.version ?? pk?.version ?? '1', url: path.slice(1), sha256: p.sha256 ?? sha(raw), size: p.size ?? raw.length,
      ...(p.signature ? { signature: p.signature } : {}),
    };
  });
  server.set('/index.json', { kind: 'ok', body: JSON.stringify({ format: 'kbfeed/1', title: 'Team feed', packs: listings, ...extra }) });
}

async function activeAnswer(key = 'shop/ship') {
  return (await db.entries.get(key))?.entry.answer;
}
async function status() {
  return db.feeds.get(feedUrl);
}

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  db = new AppDB(`sync-${Math.random().toString(36).slice(2)}`);
  await db.open();
  feedUrl = `${server.url}/index.json`;
  await addFeed(db, feedUrl);
  publish([{ pack: makePack('1') }]);
  const first = await syncFeed(db, feedUrl);
  expect(first).toMatchObject({ ok: true, outcome: 'updated', applied: [{ id: 'shop', version: '1' }] });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('a good feed', () => {
  it('applies the pack, indexes it and records success', async () => {
    expect(await activeAnswer()).toBe('什么时候发货的答案');
    const idx = await db.searchIndex.get('active');
    expect(Matcher.fromIndex(idx!.data as never).search('退款多久到账')[0]?.id).toBe('shop/refund');
    const s = await status();
    expect(s).toMatchObject({ title: 'Team feed', failures: 0, packIds: ['shop'] });
    expect(s?.lastError).toBeUndefined();
    expect(s?.lastSuccessAt).toBeGreaterThan(0);
  });

  it('uses a conditional request: an unchanged index answers 304 and nothing is downloaded', async () => {
    server.log.length = 0;
    const r = await syncFeed(db, feedUrl);
    expect(r.outcome).toBe('not-modified');
    expect(server.log).toEqual(['GET /index.json 304']);
  });

  it('downloads only packs whose version or sha256 changed', async () => {
    publish([{ pack: makePack('1') }, { pack: makePack('1', [entry('hi', '你好')], 'greet'), path: '/packs/greet.json' }]);
    server.log.length = 0;
    const r = await syncFeed(db, feedUrl);
    expect(r.applied).toEqual([{ id: 'greet', version: '1' }]);
    expect(server.log).toEqual(['GET /index.json 200', 'GET /packs/greet.json 200']);
  });

  it('a new version replaces entries, keeps the old one for rollback and a What\'s-new baseline', async () => {
    publish([{ pack: makePack('2', [entry('ship', '什么时候发货', '新答案')]) }]);
    expect((await syncFeed(db, feedUrl)).outcome).toBe('updated');
    expect(await activeAnswer()).toBe('新答案');
    expect(await db.entries.get('shop/refund')).toBeUndefined();
    expect((await db.packHistory.get('shop'))?.pack.version).toBe('1');
    expect((await db.baselines.get('shop'))?.version).toBe('1');
  });

  it('a pack dropped from the feed is removed; removing the feed removes its packs', async () => {
    publish([{ pack: makePack('1', [entry('hi', '你好')], 'greet') }]);
    const r = await syncFeed(db, feedUrl);
    expect(r.removed).toEqual(['shop']);
    expect(await db.packs.get('shop')).toBeUndefined();
    await removeFeed(db, feedUrl);
    expect(await db.packs.count()).toBe(0);
    expect(await db.feeds.count()).toBe(0);
    expect(await db.packHistory.count()).toBe(0);
  });

  it('a pack dropped by mistake and listed again can still be rolled back to what was installed', async () => {
    publish([{ pack: makePack('1', [entry('hi', '你好')], 'greet') }]);
    expect((await syncFeed(db, feedUrl)).removed).toEqual(['shop']);
    expect((await db.packHistory.get('shop'))?.pack.version).toBe('1');
    publish([{ pack: makePack('1', [entry('hi', '你好')], 'greet') }, { pack: makePack('2', [entry('ship', '什么时候发货', '新答案')]), path: '/packs/shop2.json' }]);
    expect((await syncFeed(db, feedUrl)).applied).toEqual([{ id: 'shop', version: '2' }]);
    expect(await rollbackPack(db, 'shop')).toEqual({ ok: true, from: '2', to: '1' });
    expect((await db.baselines.get('shop'))?.version).toBe('1');
  });

  it('an index that lists no packs is refused while packs from it are installed', async () => {
    publish([]);
    const r = await syncFeed(db, feedUrl);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(['The feed lists no packs; the 1 installed from it were kept. Remove the feed to drop them.']);
    expect((await db.packs.get('shop'))?.version).toBe('1');
    expect(await activeAnswer()).toBe('什么时候发货的答案');
  });
});

describe('faults leave the active packs unchanged and explain', () => {
  const cases: [string, () => void, RegExp, ('feed' | 'pack')?][] = [
    ['index 404', () => server.set('/index.json', { kind: 'status', status: 404 }), /404/],
    ['index 500', () => server.set('/index.json', { kind: 'status', status: 500 }), /500/],
    ['HTML instead of JSON', () => server.set('/index.json', { kind: 'ok', body: '<!doctype html><h1>Login</h1>', type: 'text/html' }), /HTML/i],
    ['truncated index JSON', () => server.set('/index.json', { kind: 'ok', body: '{"format":"kbfeed/1","packs":[' }), /JSON|index/i],
    ['connection dropped mid-body', () => server.set('/index.json', { kind: 'drop-mid-body', body: JSON.stringify({ format: 'kbfeed/1', title: 'x'.repeat(50_000), packs: [] }) }), /cut off|reached/i],
    ['redirect to plain HTTP elsewhere', () => server.set('/index.json', { kind: 'redirect', location: 'http://example.invalid/index.json' }), /not allowed|reached/i],
    ['pack 404', () => {
      publish([{ pack: makePack('2') }]);
      server.set('/packs/p0.json', { kind: 'status', status: 404 });
    }, /404/, 'pack'],
    ['wrong sha256', () => publish([{ pack: makePack('2'), sha256: 'a'.repeat(64) }]), /checksum|sha/i, 'pack'],
    ['truncated pack (size and hash mismatch)', () => {
      const raw = bytes(makePack('2'));
      publish([{ raw: raw.subarray(0, raw.length - 10), sha256: sha(raw), size: raw.length, id: 'shop', version: '2' }]);
    }, /incomplete|checksum|JSON/i, 'pack'],
    ['schema violation: missing answer', () => {
      const p = makePack('2') as { entries: Record<string, unknown>[] };
      delete p.entries[0]!.answer;
      publish([{ pack: p }]);
    }, /entries\[0\]\.answer/, 'pack'],
    ['schema violation: duplicate ids', () => publish([{ pack: makePack('2', [entry('ship', 'a'), entry('ship', 'b')]) }]), /duplicate/, 'pack'],
    ['pack listed twice', () => publish([{ pack: makePack('2') }, { pack: makePack('3'), path: '/packs/again.json' }]), /2 times|twice|more than once|duplicate/i, 'pack'],
    ['listing id differs from the pack', () => publish([{ pack: makePack('2'), id: 'shop', version: '9' }]), /version|9/, 'pack'],
  ];

  it.each(cases)('%s', async (_name, breakIt, message, level = 'feed') => {
    breakIt();
    const r = await syncFeed(db, feedUrl, { timeoutMs: 3_000 });
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(message);
    expect(await activeAnswer()).toBe('什么时候发货的答案');
    expect((await db.packs.get('shop'))?.version).toBe('1');
    const s = await status();
    expect(s?.lastError).toMatch(message);
    // A broken feed backs off; a feed that answered but had a bad pack does not (its good packs keep flowing).
    if (level === 'pack') expect(s?.failures).toBe(0);
    else {
      expect(s?.failures).toBe(1);
      expect(s?.nextAttemptAt).toBeGreaterThan(Date.now());
    }
    // A later good feed applies, and clears the error.
    publish([{ pack: makePack('5', [entry('ship', '什么时候发货', '修好了')]) }]);
    const ok = await syncFeed(db, feedUrl);
    expect(ok.ok).toBe(true);
    expect(await activeAnswer()).toBe('修好了');
    expect((await status())?.lastError).toBeUndefined();
  });

  it('a timeout', async () => {
    server.set('/index.json', { kind: 'hang' });
    const r = await syncFeed(db, feedUrl, { timeoutMs: 300 });
    expect(r.errors[0]).toMatch(/did not answer/);
    expect(await activeAnswer()).toBe('什么时候发货的答案');
  });

  it('a 30 MB pack is refused without reading it whole', async () => {
    const big = makePack('2', Array.from({ length: 60_000 }, (_, i) => entry(`e${i}`, `问题${i}`, 'x'.repeat(500))));
    publish([{ pack: big }]);
    const r = await syncFeed(db, feedUrl);
    expect(r.errors.join()).toMatch(/limit/);
    expect((await db.packs.get('shop'))?.version).toBe('1');
  });

  it('a bad pack in a working feed is reported without slowing the feed down; it is not a success', async () => {
    const lastSuccess = (await status())?.lastSuccessAt;
    publish([{ pack: makePack('2'), sha256: 'a'.repeat(64) }, { pack: makePack('1', [entry('hi', '你好')], 'greet'), path: '/packs/greet.json' }]);
    const later = Date.now() + 60_000;
    const r = await syncFeed(db, feedUrl, { now: () => later });
    expect(r.outcome).toBe('partial');
    expect(r.applied).toEqual([{ id: 'greet', version: '1' }]);
    const s = await status();
    expect(s).toMatchObject({ failures: 0, lastAttemptAt: later, lastSuccessAt: lastSuccess });
    expect(s?.nextAttemptAt).toBeUndefined();
    expect(s?.lastError).toMatch(/checksum/);
  });

  it('removing the feed while a sync downloads applies nothing', async () => {
    publish([{ pack: makePack('2') }]);
    server.set('/packs/p0.json', { kind: 'ok', body: bytes(makePack('2')) });
    const syncing = syncFeed(db, feedUrl);
    await db.feeds.delete(feedUrl);
    const r = await syncing;
    expect(r.applied).toEqual([]);
    expect((await db.packs.get('shop'))?.version).toBe('1');
  });

  it('failures back off exponentially', async () => {
    server.set('/index.json', { kind: 'status', status: 500 });
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = Date.now();
      await syncFeed(db, feedUrl, { now: () => t });
      delays.push((await status())!.nextAttemptAt! - t);
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
  });

  it('being offline does not earn the long backoff: the retry is never later than the sync period', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const t = Date.now();
    for (let i = 0; i < 8; i++) await syncFeed(db, feedUrl, { fetch: offline, now: () => t, periodMs: 15 * 60_000 });
    const s = await status();
    expect(s?.failures).toBe(8);
    expect(s!.nextAttemptAt! - t).toBe(15 * 60_000);
  });

  it('a sync interrupted after the download and before the commit leaves the old pack intact', async () => {
    publish([{ pack: makePack('2', [entry('ship', '什么时候发货', '新答案')]) }]);
    const r = await syncFeed(db, feedUrl, {
      beforeCommit: () => {
        throw new Error('worker killed');
      },
    });
    expect(r.ok).toBe(false);
    expect(await activeAnswer()).toBe('什么时候发货的答案');
    expect((await db.packs.get('shop'))?.version).toBe('1');
    expect(await db.packHistory.get('shop')).toBeUndefined();
    const idx = await db.searchIndex.get('active');
    expect(idx?.packs).toEqual([{ id: 'shop', version: '1' }]);
  });
});

describe('signed feeds', () => {
  let keys: CryptoKeyPair;
  let publicKey: string;
  const sign = async (b: Uint8Array) => Buffer.from(await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, b)).toString('base64');

  beforeAll(async () => {
    keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    publicKey = Buffer.from(await webcrypto.subtle.exportKey('spki', keys.publicKey)).toString('base64');
  });

  it('accepts a correctly signed pack and pins the key; rejects a bad signature and a changed key', async () => {
    const v2 = bytes(makePack('2', [entry('ship', '什么时候发货', '签名的答案')]));
    publish([{ raw: v2, id: 'shop', version: '2', signature: await sign(v2) }], { publicKey });
    expect((await syncFeed(db, feedUrl)).ok).toBe(true);
    expect(await activeAnswer()).toBe('签名的答案');
    expect((await status())?.publicKey).toBe(publicKey);

    const v3 = bytes(makePack('3', [entry('ship', '什么时候发货', '被篡改')]));
    publish([{ raw: v3, id: 'shop', version: '3', signature: await sign(bytes(makePack('3'))) }], { publicKey });
    const bad = await syncFeed(db, feedUrl);
    expect(bad.ok).toBe(false);
    expect(bad.errors.join()).toMatch(/signature/i);
    expect(await activeAnswer()).toBe('签名的答案');

    const other = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const otherKey = Buffer.from(await webcrypto.subtle.exportKey('spki', other.publicKey)).toString('base64');
    publish([{ raw: v3, id: 'shop', version: '3' }], { publicKey: otherKey });
    const changed = await syncFeed(db, feedUrl);
    expect(changed.errors.join()).toMatch(/different key/);
    expect(await activeAnswer()).toBe('签名的答案');
  });

  it('an unsigned pack is rejected once a key is pinned', async () => {
    await db.feeds.update(feedUrl, { publicKey });
    publish([{ pack: makePack('2') }], { publicKey });
    const r = await syncFeed(db, feedUrl);
    expect(r.ok).toBe(false);
    expect(r.errors.join()).toMatch(/not signed/i);
  });
});

describe('after a partial sync', () => {
  it('restoring the previous index.json is fetched again (no 304 from a stale ETag) and rolls the feed back whole', async () => {
    publish([{ pack: makePack('1') }, { pack: makePack('1', [entry('hi', '你好')], 'greet'), path: '/packs/greet.json' }]);
    expect((await syncFeed(db, feedUrl)).ok).toBe(true);
    const indexV1 = { shop: makePack('1'), greet: makePack('1', [entry('hi', '你好')], 'greet') };
    // v2: shop is fine, greet's file does not match its checksum.
    publish([{ pack: makePack('2', [entry('ship', '什么时候发货', '新答案')]), path: '/packs/shop2.json' }, { pack: makePack('2', [entry('hi', '你好')], 'greet'), path: '/packs/greet2.json', sha256: 'a'.repeat(64) }]);
    expect((await syncFeed(db, feedUrl)).outcome).toBe('partial');
    expect((await db.packs.get('shop'))?.version).toBe('2');
    // The team lead restores the previous index.json, byte for byte.
    publish([{ pack: indexV1.shop }, { pack: indexV1.greet, path: '/packs/greet.json' }]);
    server.log.length = 0;
    const r = await syncFeed(db, feedUrl);
    expect(server.log[0]).toBe('GET /index.json 200');
    expect(r).toMatchObject({ ok: true, outcome: 'updated', applied: [{ id: 'shop', version: '1' }] });
    expect((await db.packs.get('shop'))?.version).toBe('1');
    expect((await status())?.lastError).toBeUndefined();
  });
});

describe('a host whose CORS rule refuses preflights', () => {
  it('gets the index without conditional headers, and is asked plainly from then on', async () => {
    expect((await status())?.etag).toBeTruthy();
    server.log.length = 0;
    const r = await syncFeed(db, feedUrl, { fetch: corsFetch() });
    expect(r).toMatchObject({ ok: true, outcome: 'unchanged' });
    expect(server.log).toEqual(['OPTIONS /index.json 200', 'GET /index.json 200']);
    expect((await status())?.plainRequests).toBe(true);
    server.log.length = 0;
    expect((await syncFeed(db, feedUrl, { fetch: corsFetch() })).ok).toBe(true);
    expect(server.log).toEqual(['GET /index.json 200']);
  });

  it('a host that cannot be reached at all is still reported as such, and keeps conditional requests', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const r = await syncFeed(db, feedUrl, { fetch: offline });
    expect(r.errors[0]).toMatch(/could not be reached/);
    expect((await status())?.plainRequests).toBeUndefined();
  });
});

describe('one bad listing', () => {
  it('does not block the other packs, is named by pack id, and keeps its installed pack', async () => {
    publish([{ pack: makePack('1') }, { pack: makePack('1', [entry('hi', '你好')], 'promo'), path: '/packs/promo.json' }]);
    expect((await syncFeed(db, feedUrl)).ok).toBe(true);
    publish([{ pack: makePack('2', [entry('ship', '什么时候发货', '新答案')]) }, { pack: makePack('2', [entry('hi', '你好')], 'promo'), path: '/packs/promo2.json' }]);
    const index = JSON.parse(await (await fetch(feedUrl)).text());
    index.packs[1].size = String(index.packs[1].size);
    server.set('/index.json', { kind: 'ok', body: JSON.stringify(index) });
    const r = await syncFeed(db, feedUrl);
    expect(r.outcome).toBe('partial');
    expect(r.applied).toEqual([{ id: 'shop', version: '2' }]);
    expect(r.removed).toEqual([]);
    expect(r.errors.join('\n')).toMatch(/pack "promo" is not valid \(size: must be a number of bytes\)/);
    expect((await db.packs.get('promo'))?.version).toBe('1');
    const s = await status();
    expect(s).toMatchObject({ failures: 0, packIds: ['shop', 'promo'] });
    expect(s?.nextAttemptAt).toBeUndefined();
  });
});
