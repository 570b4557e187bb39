import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as keygen } from '@/lib/cli/commands/keygen';
import { run } from '@/lib/cli/commands/publish';
import { verifyBytes } from '@/lib/feed/keys';
import { planSync } from '@/lib/feed/plan';
import { parseFeedText } from '@/lib/feed/schema';
import { sha256Hex, verifyPackBytes } from '@/lib/feed/verify';
import { captureOutput, fixturesDir } from '../feed/helpers';

const v1 = resolve(fixturesDir, 'shop-v1.json');
const v2 = resolve(fixturesDir, 'shop-v2.json');
let dir: string;
let io: ReturnType<typeof captureOutput>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kbpack-publish-'));
  io = captureOutput();
});
afterEach(() => {
  io.restore();
  rmSync(dir, { recursive: true, force: true });
});

const other = () => {
  const p = join(dir, 'en.json');
  const pack = JSON.parse(readFileSync(v1, 'utf8'));
  writeFileSync(p, JSON.stringify({ ...pack, id: 'shop-en', locale: 'en', title: 'Shop' }));
  return p;
};

describe('kbpack publish', () => {
  it('writes exact pack bytes, signatures and an index.json the extension accepts', async () => {
    const key = join(dir, 'key.json');
    await keygen(['--out', key]);
    const feedDir = join(dir, 'feed');
    const code = await run([v2, other(), '--out', feedDir, '--title', '客服知识库', '--key', key, '--report-url', 'https://hooks.example/kb']);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    // Packs are named by content (id + sha256 prefix): re-publishing never overwrites a file an index points at.
    const files = readdirSync(feedDir).sort();
    expect(files.map((f) => f.replace(/-[0-9a-f]{12}\.json/, '-<sha>.json'))).toEqual(['index.json', 'shop-en-<sha>.json', 'shop-en-<sha>.json.sig', 'shop-zh-<sha>.json', 'shop-zh-<sha>.json.sig']);
    const zhFile = files.find((f) => /^shop-zh-[0-9a-f]{12}\.json$/.test(f))!;
    expect(readFileSync(join(feedDir, zhFile))).toEqual(readFileSync(v2));

    const text = readFileSync(join(feedDir, 'index.json'), 'utf8');
    const { publicKey } = JSON.parse(readFileSync(key, 'utf8')) as { publicKey: string };
    const parsed = parseFeedText(text, 'https://cdn.example.com/kb/index.json');
    if (!parsed.ok) throw new Error(parsed.error);
    const feed = parsed.feed;
    expect(feed).toMatchObject({ format: 'kbfeed/1', title: '客服知识库', publicKey, reportUrl: 'https://hooks.example/kb' });
    expect(feed.packs.map((p) => [p.id, p.version, p.url])).toEqual([
      ['shop-zh', '2026.11.2', `https://cdn.example.com/kb/shop-zh-${feed.packs[0]!.sha256.slice(0, 12)}.json`],
      ['shop-en', '2026.11.1', `https://cdn.example.com/kb/shop-en-${feed.packs[1]!.sha256.slice(0, 12)}.json`],
    ]);
    for (const listing of feed.packs) {
      const name = listing.url.split('/').pop()!;
      const bytes = new Uint8Array(readFileSync(join(feedDir, name)));
      expect(listing.size).toBe(bytes.length);
      expect(listing.sha256).toBe(await sha256Hex(bytes));
      expect(readFileSync(join(feedDir, `${name}.sig`), 'utf8').trim()).toBe(listing.signature);
      expect(await verifyBytes(publicKey, bytes, listing.signature!)).toBe(true);
      expect((await verifyPackBytes(bytes, listing, { publicKey: feed.publicKey })).ok).toBe(true);
    }
    expect(planSync(feed, [{ id: 'shop-zh', version: '2026.11.1' }]).download.map((p) => p.id)).toEqual(['shop-zh', 'shop-en']);
    expect(io.out()).toContain('with 2 pack(s), signed:');
  });

  it('warns when a version already published gets new bytes, or a version goes backwards', async () => {
    const feedDir = join(dir, 'feed');
    expect(await run([v2, '--out', feedDir])).toBe(0);
    expect(io.err()).toBe('');
    const changed = join(dir, 'changed.json');
    const pack = JSON.parse(readFileSync(v2, 'utf8'));
    pack.entries[0].answer = '改过的答案';
    writeFileSync(changed, JSON.stringify(pack));
    expect(await run([changed, '--out', feedDir])).toBe(0);
    expect(io.err()).toContain('warning: pack "shop-zh" 2026.11.2 was already published with different content; bump the version');
    expect(await run([v1, '--out', feedDir])).toBe(0);
    expect(io.err()).toContain('warning: pack "shop-zh" goes back from 2026.11.2 to 2026.11.1');
  });

  it('publishes unsigned without publicKey or .sig files', async () => {
    const feedDir = join(dir, 'feed');
    expect(await run([v1, '--out', feedDir, '--title', 'T'])).toBe(0);
    expect(readdirSync(feedDir).sort().map((f) => f.replace(/-[0-9a-f]{12}\.json/, '-<sha>.json'))).toEqual(['index.json', 'shop-zh-<sha>.json']);
    const index = JSON.parse(readFileSync(join(feedDir, 'index.json'), 'utf8'));
    expect(index).not.toHaveProperty('publicKey');
    expect(index.packs[0]).not.toHaveProperty('signature');
  });

  it('writes nothing when any pack is invalid or two files are the same pack', async () => {
    const feedDir = join(dir, 'feed');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'kbpack/1', id: 'x', version: '1', title: 't', locale: 'en', publishedAt: '2026-01-01', entries: [{ id: 'a' }] }));
    expect(await run([v1, bad, v2, '--out', feedDir, '--title', 'T'])).toBe(1);
    const err = io.err();
    expect(err).toContain(`${bad} is not a valid pack:\nentries[0].title (id "a"): required`);
    expect(err).toContain(`${v2} and ${v1} are both pack "shop-zh"; a feed lists each pack once`);
    expect(err.trim().endsWith('nothing written')).toBe(true);
    expect(existsSync(feedDir)).toBe(false);
  });

  it('refuses a key file inside the output folder, a plain-HTTP report URL and an id that cannot be a file name', async () => {
    const feedDir = join(dir, 'feed');
    mkdirSync(feedDir);
    const key = join(feedDir, 'key.json');
    await keygen(['--out', key]);
    expect(await run([v1, '--out', feedDir, '--title', 'T', '--key', key])).toBe(1);
    expect(io.err()).toContain('the private key would be uploaded with the feed');
    expect(await run([v1, '--out', feedDir, '--title', 'T', '--report-url', 'http://hooks.example'])).toBe(1);
    expect(io.err()).toContain('--report-url: Plain HTTP is only allowed for localhost');
    const slash = join(dir, 'slash.json');
    writeFileSync(slash, JSON.stringify({ ...JSON.parse(readFileSync(v1, 'utf8')), id: '../evil' }));
    expect(await run([slash, '--out', feedDir, '--title', 'T'])).toBe(1);
    expect(io.err()).toContain('is not a valid pack:\nid: must not contain "/" or "\\"');
    expect(readdirSync(feedDir)).toEqual(['key.json']);
  });

  it('warns about old packs left in the folder that the new index no longer lists', async () => {
    const feedDir = join(dir, 'feed');
    mkdirSync(feedDir);
    writeFileSync(join(feedDir, 'retired.json'), '{}');
    expect(await run([v1, '--out', feedDir, '--title', 'T'])).toBe(0);
    expect(io.err()).toBe(`warning: ${join(feedDir, 'retired.json')} is not in the new index.json; once agents have synced the new index (a day later, say), it is safe to delete\n`);
  });

  it('asks for what is missing', async () => {
    expect(await run(['--out', dir, '--title', 'T'])).toBe(2);
    expect(await run([v1, '--title', 'T'])).toBe(2);
    expect(io.err()).toContain('missing --out <dir>');
    expect(await run([v1, '--out', dir, '--title', '  '])).toBe(2);
    expect(io.err()).toContain('--title is empty');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the feed after the first pack when --title is left out; --title overrides', async () => {
    const feedDir = join(dir, 'feed');
    const firstTitle = (JSON.parse(readFileSync(v1, 'utf8')) as { title: string }).title;
    expect(await run([v1, other(), '--out', feedDir])).toBe(0);
    expect(JSON.parse(readFileSync(join(feedDir, 'index.json'), 'utf8')).title).toBe(firstTitle);
    expect(io.out()).toContain(`"${firstTitle}" with 2 pack(s)`);
    expect(await run([other(), v1, '--out', feedDir])).toBe(0);
    expect(JSON.parse(readFileSync(join(feedDir, 'index.json'), 'utf8')).title).toBe('Shop');
    expect(await run([v1, '--out', feedDir, '--title', '售后组'])).toBe(0);
    expect(JSON.parse(readFileSync(join(feedDir, 'index.json'), 'utf8')).title).toBe('售后组');
  });
});
