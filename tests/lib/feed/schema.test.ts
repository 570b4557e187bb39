import { describe, expect, it } from 'vitest';
import { feedSchema, parseFeedText } from '@/lib/feed/schema';

const sha = 'a'.repeat(64);
const indexUrl = 'https://cdn.example.com/kb/index.json';
const feed = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'kbfeed/1',
    title: '客服知识库',
    packs: [
      { id: 'shop-zh', version: '2026.11.2', url: 'shop-zh.json', sha256: sha.toUpperCase(), size: 1234 },
      { id: 'shop-en', version: '1', url: 'https://other.example/en.json', sha256: sha, size: 10, signature: 'c2ln' },
    ],
    ...extra,
  });

describe('parseFeedText', () => {
  it('resolves relative pack urls against the index, lower-cases checksums and keeps unknown fields', () => {
    const r = parseFeedText(feed({ futureField: 1, reportUrl: 'https://hooks.example/kb' }), indexUrl);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.feed.packs.map((p) => p.url)).toEqual(['https://cdn.example.com/kb/shop-zh.json', 'https://other.example/en.json']);
    expect(r.feed.packs[0]!.sha256).toBe(sha);
    expect(r.feed.packs[1]!.signature).toBe('c2ln');
    expect((r.feed as Record<string, unknown>).futureField).toBe(1);
    expect(r.feed.reportUrl).toBe('https://hooks.example/kb');
  });

  it('accepts a BOM, publicKey and adapters, and an empty pack list', () => {
    const r = parseFeedText('\uFEFF' + JSON.stringify({ format: 'kbfeed/1', title: 't', packs: [], publicKey: 'AAAA', adapters: [{ host: 'x' }] }), indexUrl);
    expect(r.ok && r.feed.publicKey).toBe('AAAA');
  });

  it('says when it got an HTML page instead of index.json', () => {
    expect(parseFeedText('<!DOCTYPE html><html><body>Sign in</body></html>', indexUrl)).toEqual({
      ok: false,
      error: 'The feed is an HTML page, not index.json — check the URL.',
    });
  });

  it('says when the JSON is cut off, empty, or a pack rather than a feed', () => {
    const cut = parseFeedText(feed().slice(0, 60), indexUrl);
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.error).toBe('The feed is not valid JSON (it may be cut off): line 1, column 61: Unterminated string.');
    expect(parseFeedText('  ', indexUrl)).toEqual({ ok: false, error: 'The feed is empty — check that index.json was uploaded.' });
    const pack = parseFeedText(JSON.stringify({ format: 'kbpack/1', id: 'x' }), indexUrl);
    expect(!pack.ok && pack.error).toMatch(/is a knowledge pack, not a feed/);
  });

  it('names the first invalid fields of the envelope by path', () => {
    const wrongFormat = parseFeedText(JSON.stringify({ format: 'kbfeed/2', title: 't', packs: [] }), indexUrl);
    expect(!wrongFormat.ok && wrongFormat.error).toBe('The feed index.json is not valid: format: must be "kbfeed/1".');
    const many = parseFeedText(JSON.stringify({ packs: 1, reportUrl: 'x' }), indexUrl);
    expect(!many.ok && many.error).toBe('The feed index.json is not valid: format: must be "kbfeed/1"; title: required; packs: must be a list (and 1 more).');
  });

  it('checks listings one by one: a bad one is reported by pack id and the others are kept', () => {
    const ok = { id: 'shop', version: '2', url: 'shop.json', sha256: sha, size: 100 };
    const r = parseFeedText(
      JSON.stringify({ format: 'kbfeed/1', title: 't', packs: [ok, { id: 'promo', version: '1', url: 'promo.json', sha256: 'b'.repeat(64), size: '2048' }] }),
      indexUrl,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.feed.packs.map((p) => p.id)).toEqual(['shop']);
    expect(r.feed.invalidPacks).toEqual([
      { id: 'promo', error: 'The feed\'s listing of pack "promo" is not valid (size: must be a number of bytes); it is skipped until the feed is fixed.' },
    ]);
    const two = parseFeedText(JSON.stringify({ format: 'kbfeed/1', title: 't', packs: [{ id: 'a', version: '1', url: 'a.json', sha256: 'xyz', size: 0 }, { version: '1' }] }), indexUrl);
    expect(two.ok && two.feed.invalidPacks).toEqual([
      {
        id: 'a',
        error: 'The feed\'s listing of pack "a" is not valid (sha256: must be 64 hexadecimal characters (the SHA-256 of the pack file); size: must be more than 0 bytes); it is skipped until the feed is fixed.',
      },
      { error: 'The feed\'s packs[1] is not valid (id: required; url: required; sha256: required); it is skipped, and no pack is removed until the feed is fixed.' },
    ]);
  });

  it('refuses a listed pack id with "/" (entry keys would collide across packs)', () => {
    const r = parseFeedText(JSON.stringify({ format: 'kbfeed/1', title: 't', packs: [{ id: 'shop/faq', version: '1', url: 'a.json', sha256: sha, size: 1 }] }), indexUrl);
    expect(r.ok && r.feed.invalidPacks).toEqual([
      { id: 'shop/faq', error: 'The feed\'s listing of pack "shop/faq" is not valid (id: must not contain "/" or "\\" (use letters, digits, "-", "_" or ".")); it is skipped until the feed is fixed.' },
    ]);
  });

  it('refuses pack and report addresses that break the URL policy', () => {
    const http = parseFeedText(feed().replace('shop-zh.json', 'http://cdn.example.com/shop-zh.json'), indexUrl);
    expect(http.ok && http.feed.packs.map((p) => p.id)).toEqual(['shop-en']);
    expect(http.ok && http.feed.invalidPacks).toEqual([
      { id: 'shop-zh', error: 'The feed lists pack "shop-zh" at an address that is not allowed: Plain HTTP is only allowed for localhost; use https:// for cdn.example.com.' },
    ]);
    const relativeOnLocalhost = parseFeedText(feed(), 'http://127.0.0.1:8787/index.json');
    expect(relativeOnLocalhost.ok && relativeOnLocalhost.feed.packs[0]!.url).toBe('http://127.0.0.1:8787/shop-zh.json');
    const report = parseFeedText(feed({ reportUrl: 'http://hooks.example/kb' }), indexUrl);
    expect(!report.ok && report.error).toMatch(/^The feed's reportUrl is not allowed/);
    const notUrl = parseFeedText(feed({ reportUrl: 'not a url' }), indexUrl);
    expect(!notUrl.ok && notUrl.error).toBe('The feed index.json is not valid: reportUrl: must be a full web address.');
  });

  it('exposes the zod schema for other boundaries', () => {
    expect(feedSchema.safeParse({ format: 'kbfeed/1', title: 't', packs: [] }).success).toBe(true);
  });
});
