// @vitest-environment node
// Real sockets and Node's own fetch: this is how the extension and a CDN talk, not a simulated DOM.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run as build } from '@/lib/cli/commands/build';
import { run as keygen } from '@/lib/cli/commands/keygen';
import { run as publish } from '@/lib/cli/commands/publish';
import { start } from '@/lib/cli/commands/serve';
import { run as validate } from '@/lib/cli/commands/validate';
import { startServer, type FeedServer } from '@/lib/cli/serve-server';
import { planSync } from '@/lib/feed/plan';
import { parseFeedText } from '@/lib/feed/schema';
import { sha256Hex, verifyPackBytes } from '@/lib/feed/verify';
import { captureOutput, fixturesDir } from '../feed/helpers';

/** A raw request, so paths like /../x reach the server exactly as written (fetch would normalise them). */
function raw(url: string, path: string, method = 'GET', headers: Record<string, string> = {}) {
  const u = new URL(url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((ok, fail) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('startServer', () => {
  let root: string;
  let outside: string;
  let server: FeedServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kbpack-serve-'));
    outside = mkdtempSync(join(tmpdir(), 'kbpack-outside-'));
    writeFileSync(join(root, 'index.json'), '{"format":"kbfeed/1","title":"T","packs":[]}\n');
    writeFileSync(join(root, 'p.json.sig'), 'c2ln\n');
    writeFileSync(join(root, '.secret'), 'x');
    writeFileSync(join(root, 'key.json'), '{"publicKey":"a","privateKey":"b"}');
    writeFileSync(join(outside, 'private.txt'), 'outside');
    mkdirSync(join(root, 'sub'));
    symlinkSync(join(outside, 'private.txt'), join(root, 'link.txt'));
    server = await startServer(root, 0);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('serves files on 127.0.0.1 with CORS, a sha256 ETag, Last-Modified and the right type', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(`${server.url}index.json`);
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Last-Modified');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('etag')).toBe(`"${await sha256Hex(new TextEncoder().encode(body))}"`);
    expect(Date.parse(res.headers.get('last-modified')!)).not.toBeNaN();
    expect((await fetch(`${server.url}p.json.sig`)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('answers 304 to a matching If-None-Match or a fresh If-Modified-Since, and 200 otherwise', async () => {
    const first = await fetch(`${server.url}index.json`);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const again = await fetch(`${server.url}index.json`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await fetch(`${server.url}index.json`, { headers: { 'If-None-Match': `"other", W/${etag}` } })).status).toBe(304);
    expect((await fetch(`${server.url}index.json`, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
    expect((await fetch(`${server.url}index.json`, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    expect((await fetch(`${server.url}index.json`, { headers: { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' } })).status).toBe(200);
  });

  it('changes the ETag when the file changes', async () => {
    const file = join(root, 'changing.json');
    writeFileSync(file, '{"a":1}');
    const before = (await fetch(`${server.url}changing.json`)).headers.get('etag')!;
    writeFileSync(file, '{"a":2}');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = await fetch(`${server.url}changing.json`, { headers: { 'If-None-Match': before } });
    expect(after.status).toBe(200);
    expect(await after.text()).toBe('{"a":2}');
  });

  it('answers CORS preflights, HEAD and other methods', async () => {
    const pre = await raw(server.url, '/index.json', 'OPTIONS', {
      Origin: 'chrome-extension://abc',
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'if-none-match',
      'Access-Control-Request-Private-Network': 'true',
    });
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(pre.headers['access-control-allow-headers']).toBe('if-none-match');
    expect(pre.headers['access-control-allow-private-network']).toBe('true');
    const head = await raw(server.url, '/index.json', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    const post = await raw(server.url, '/index.json', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('never serves outside the folder, dotfiles, folders or private keys', async () => {
    const sibling = `${basename(outside)}/private.txt`; // a real file one level above the served folder
    for (const path of [`/../${sibling}`, `/%2e%2e/${sibling}`, `/..%2f${sibling}`, `/sub/../../${sibling}`, `/sub/..%5c..%5c${sibling}`, '/.secret', '/link.txt', '/sub', '/missing.json']) {
      const r = await raw(server.url, path);
      expect(r.status, path).toBe(404);
    }
    expect((await raw(server.url, '/%E0%A4%A')).status).toBe(400);
    const key = await raw(server.url, '/key.json');
    expect(key.status).toBe(403);
    expect(key.body).not.toContain('privateKey');
    const home = await raw(server.url, '/');
    expect(home.body).toContain(`Feed address: ${server.url}index.json`);
  });

  it('explains a missing folder and a busy port', async () => {
    await expect(startServer(join(root, 'nope'), 0)).rejects.toThrow(/^cannot serve .*nope: no such folder$/);
    const port = new URL(server.url).port;
    await expect(startServer(root, Number(port))).rejects.toThrow(`port ${port} is already in use — try another with --port`);
  });
});

describe('kbpack serve', () => {
  let io: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    io = captureOutput();
  });
  afterEach(() => io.restore());

  it('prints the feed address and logs requests', async () => {
    const server = await start([fixturesDir, '--port', '0']);
    if (typeof server === 'number') throw new Error(io.err());
    try {
      expect(io.out()).toContain(`feed address: ${server.url}index.json`);
      expect((await fetch(`${server.url}shop-v1.json`)).status).toBe(200);
      expect(io.out()).toContain('GET /shop-v1.json 200');
    } finally {
      await server.close();
    }
  });

  it('rejects a bad port or a missing folder with a human message', async () => {
    expect(await start([fixturesDir, '--port', 'abc'])).toBe(2);
    expect(io.err()).toContain('--port must be a number from 0 to 65535 (got "abc")');
    expect(await start([join(fixturesDir, 'nope'), '--port', '0'])).toBe(1);
    expect(await start([])).toBe(2);
  });
});

describe('round trip: CSV → build → validate → keygen → publish --key → serve → sync checks', () => {
  let dir: string;
  let io: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kbpack-roundtrip-'));
    io = captureOutput();
  });
  afterEach(() => {
    io.restore();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with a pack the extension verifies, and catches tampering on the host', async () => {
    const pack = join(dir, 'shop.json');
    const meta = ['--id', 'shop-zh', '--version', '2026.11.1', '--title', '示例店铺知识库', '--locale', 'zh-CN'];
    expect(await build([resolve(fixturesDir, 'shop.csv'), '-o', pack, ...meta])).toBe(0);
    expect(await validate([pack])).toBe(0);
    const key = join(dir, 'key.json');
    expect(await keygen(['--out', key])).toBe(0);
    const feedDir = join(dir, 'feed');
    expect(await publish([pack, '--out', feedDir, '--title', 'Demo feed', '--key', key])).toBe(0);

    const server = await startServer(feedDir, 0);
    try {
      const indexUrl = `${server.url}index.json`;
      const res = await fetch(indexUrl);
      expect(res.status).toBe(200);
      const etag = res.headers.get('etag')!;
      expect((await fetch(indexUrl, { headers: { 'If-None-Match': etag } })).status).toBe(304);

      const parsed = parseFeedText(await res.text(), indexUrl);
      if (!parsed.ok) throw new Error(parsed.error);
      const plan = planSync(parsed.feed, []);
      expect(plan.download).toHaveLength(1);
      const listing = plan.download[0]!;
      expect(listing.url).toBe(`${server.url}shop-zh-${listing.sha256.slice(0, 12)}.json`);
      const bytes = new Uint8Array(await (await fetch(listing.url)).arrayBuffer());
      expect(await sha256Hex(bytes)).toBe(listing.sha256);
      const verified = await verifyPackBytes(bytes, listing, { publicKey: parsed.feed.publicKey });
      if (!verified.ok) throw new Error(verified.error);
      expect(verified.pack.entries).toEqual(JSON.parse(readFileSync(resolve(fixturesDir, 'shop-v1.json'), 'utf8')).entries);

      // Someone edits the pack on the host without re-publishing: size and checksum no longer match.
      const edited = new TextDecoder().decode(bytes).replace('48小时', '24小时');
      writeFileSync(join(feedDir, listing.url.split('/').pop()!), edited);
      const tampered = new Uint8Array(await (await fetch(listing.url)).arrayBuffer());
      const r = await verifyPackBytes(tampered, listing, { publicKey: parsed.feed.publicKey });
      expect(r).toEqual({ ok: false, error: 'Pack "shop-zh" 2026.11.1 was rejected: its checksum does not match the feed (the file may be incomplete or changed).' });
      // Even with a matching checksum in a rewritten index, the signature still catches it.
      const forged = { ...listing, sha256: await sha256Hex(tampered), size: tampered.length };
      const f = await verifyPackBytes(tampered, forged, { publicKey: parsed.feed.publicKey });
      expect(!f.ok && f.error).toMatch(/its signature does not match the feed’s public key/);
    } finally {
      await server.close();
    }
  });
});
