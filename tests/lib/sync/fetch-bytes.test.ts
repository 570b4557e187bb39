// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadError, fetchBytes } from '@/lib/sync/fetch-bytes';
import { startFeedServer, type FeedServer } from '../../support/feed-server';

// Downloads against a real HTTP server on 127.0.0.1: a slow but steady body is not cut off by a total
// timeout; a body that stops arriving is, and says it was too slow.

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const body = new Uint8Array(60_000).fill(0x20);
const get = (path: string) => fetchBytes(fetch, `${server.url}${path}`, { maxBytes: 1_000_000, timeoutMs: 400, idleMs: 400, what: 'Pack "shop"' });

describe('fetchBytes timeouts', () => {
  it('a body that keeps arriving finishes, even when it takes longer than the timeouts', async () => {
    server.set('/slow.json', { kind: 'slow', body, chunks: 8, everyMs: 150 });
    const started = Date.now();
    const got = await get('/slow.json');
    expect(got.bytes.length).toBe(body.length);
    expect(Date.now() - started).toBeGreaterThan(800);
  });

  it('a body that stops arriving is given up after the idle timeout, as too slow', async () => {
    server.set('/stall.json', { kind: 'stall-mid-body', body });
    const e = await get('/stall.json').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DownloadError);
    expect((e as DownloadError).failure).toBe('too-slow');
    expect((e as Error).message).toMatch(/^Pack "shop" was too slow: nothing arrived for 1 s/);
  });

  it('a server that never answers is reported as not answering', async () => {
    server.set('/hang.json', { kind: 'hang' });
    const e = await get('/hang.json').catch((err: unknown) => err);
    expect((e as DownloadError).failure).toBe('no-answer');
  });
});
