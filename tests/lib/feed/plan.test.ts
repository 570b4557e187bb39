import { describe, expect, it } from 'vitest';
import { compareVersions, isDowngrade, planSync } from '@/lib/feed/plan';
import type { Feed, FeedPackListing } from '@/lib/feed/schema';

const sha = (c: string) => c.repeat(64);
const listing = (id: string, version: string, extra: Partial<FeedPackListing> = {}): FeedPackListing => ({
  id,
  version,
  url: `https://feed.example/${id}.json`,
  sha256: sha('a'),
  size: 1000,
  ...extra,
});
const feed = (...packs: FeedPackListing[]): Feed => ({ format: 'kbfeed/1', title: 'T', packs });

describe('planSync', () => {
  it('downloads new and changed packs, keeps unchanged ones and removes unlisted ones', () => {
    const plan = planSync(feed(listing('new', '1'), listing('same', '2'), listing('updated', '3')), [
      { id: 'same', version: '2', sha256: sha('a') },
      { id: 'updated', version: '2' },
      { id: 'gone', version: '9' },
    ]);
    expect(plan.download.map((l) => l.id)).toEqual(['new', 'updated']);
    expect(plan.unchanged).toEqual(['same']);
    expect(plan.remove).toEqual(['gone']);
    expect(plan.errors).toEqual([]);
  });

  it('re-downloads a republished file whose checksum changed under the same version', () => {
    const plan = planSync(feed(listing('p', '1', { sha256: sha('b') })), [{ id: 'p', version: '1', sha256: sha('a') }]);
    expect(plan.download.map((l) => l.id)).toEqual(['p']);
  });

  it('an invalid listing is reported and its installed pack is neither downloaded nor removed', () => {
    const plan = planSync({ ...feed(listing('shop', '2')), invalidPacks: [{ id: 'promo', error: 'bad promo' }] }, [
      { id: 'shop', version: '1' },
      { id: 'promo', version: '1' },
      { id: 'gone', version: '1' },
    ]);
    expect(plan.download.map((l) => l.id)).toEqual(['shop']);
    expect(plan.remove).toEqual(['gone']);
    expect(plan.errors).toEqual([{ packId: 'promo', error: 'bad promo' }]);
    // A listing with no usable id could be any pack: nothing is removed.
    const anon = planSync({ ...feed(listing('shop', '2')), invalidPacks: [{ error: 'no id' }] }, [{ id: 'gone', version: '1' }]);
    expect(anon.remove).toEqual([]);
    expect(anon.download.map((l) => l.id)).toEqual(['shop']);
  });

  it('compares checksums case-insensitively and treats an unknown local checksum as matching', () => {
    expect(planSync(feed(listing('p', '1')), [{ id: 'p', version: '1', sha256: sha('A') }]).unchanged).toEqual(['p']);
    expect(planSync(feed(listing('p', '1')), [{ id: 'p', version: '1' }]).unchanged).toEqual(['p']);
  });

  it('follows a rollback to an older version (the feed is the source of truth)', () => {
    const plan = planSync(feed(listing('p', '2026.11.1')), [{ id: 'p', version: '2026.11.2' }]);
    expect(plan.download.map((l) => l.version)).toEqual(['2026.11.1']);
    expect(isDowngrade({ version: '2026.11.2' }, plan.download[0]!)).toBe(true);
  });

  it('skips a pack listed twice: neither downloaded nor removed, with a human error', () => {
    const plan = planSync(feed(listing('dup', '1'), listing('ok', '1'), listing('dup', '2')), [{ id: 'dup', version: '0' }]);
    expect(plan.download.map((l) => l.id)).toEqual(['ok']);
    expect(plan.remove).toEqual([]);
    expect(plan.unchanged).toEqual([]);
    expect(plan.errors).toEqual([{ packId: 'dup', error: 'The feed lists pack "dup" 2 times (1, 2); it is skipped until the feed is fixed.' }]);
  });

  it('does not download a pack the feed lists as over the size limit', () => {
    const plan = planSync(feed(listing('big', '1', { size: 30 * 1024 * 1024 })), [{ id: 'big', version: '0' }]);
    expect(plan.download).toEqual([]);
    expect(plan.remove).toEqual([]);
    expect(plan.errors).toEqual([{ packId: 'big', error: 'Pack "big" 1 was not downloaded: the feed lists it as 30.0 MB, over the 20.0 MB limit.' }]);
    expect(planSync(feed(listing('big', '1', { size: 5000 })), [], { maxBytes: 4096 }).errors).toHaveLength(1);
  });

  it('removes everything when the feed lists no packs', () => {
    expect(planSync(feed(), [{ id: 'a', version: '1' }, { id: 'b', version: '1' }]).remove).toEqual(['a', 'b']);
  });
});

describe('compareVersions', () => {
  it('compares numeric runs as numbers and other runs as text', () => {
    expect(compareVersions('2026.11.10', '2026.11.9')).toBe(1);
    expect(compareVersions('1.0', '1.0')).toBe(0);
    expect(compareVersions('1.0', '1.0.1')).toBe(-1);
    expect(compareVersions('1.0-beta', '1.0-alpha')).toBe(1);
    expect(isDowngrade({ version: '2' }, { version: '10' })).toBe(false);
  });
});
