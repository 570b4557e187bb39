import { describe, expect, it } from 'vitest';
import { generateKeyPair, signBytes } from '@/lib/feed/keys';
import { DEFAULT_MAX_PACK_BYTES, sha256Hex, verifyPackBytes } from '@/lib/feed/verify';
import { fixtureBytes, listingFor, utf8 } from './helpers';

const v1 = fixtureBytes('shop-v1.json');
const pack = JSON.parse(new TextDecoder().decode(v1)) as { entries: Record<string, unknown>[] } & Record<string, unknown>;
const bytesOf = (value: unknown) => utf8(JSON.stringify(value));

describe('sha256Hex', () => {
  it('matches the published SHA-256 test vectors', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('verifyPackBytes', () => {
  it('accepts a correct download and returns the parsed pack', async () => {
    const r = await verifyPackBytes(v1, await listingFor(v1, 'shop-zh', '2026.11.1'), {});
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.entries).toHaveLength(10);
  });

  it('rejects a 30 MB pack on size alone, before hashing or parsing', async () => {
    const huge = new Uint8Array(30 * 1024 * 1024);
    const r = await verifyPackBytes(huge, { id: 'big', version: '1', url: 'https://x/big.json', sha256: 'f'.repeat(64), size: huge.length });
    expect(r).toEqual({ ok: false, error: 'Pack "big" 1 was rejected: it is 30.0 MB, over the 20.0 MB limit.' });
    expect(DEFAULT_MAX_PACK_BYTES).toBe(20 * 1024 * 1024);
    const custom = await verifyPackBytes(v1, await listingFor(v1, 'shop-zh', '2026.11.1'), { maxBytes: 1000 });
    expect(!custom.ok && custom.error).toMatch(/over the 1000 bytes limit\.$/);
  });

  it('rejects a download whose size differs from the listing (cut off in transit)', async () => {
    const listing = await listingFor(v1, 'shop-zh', '2026.11.1');
    const r = await verifyPackBytes(v1.subarray(0, 100), listing);
    expect(!r.ok && r.error).toBe(`Pack "shop-zh" 2026.11.1 was rejected: it is 100 bytes but the feed says ${v1.length} (the file may be incomplete or changed).`);
  });

  it('rejects a wrong sha256', async () => {
    const listing = await listingFor(v1, 'shop-zh', '2026.11.1', { sha256: '0'.repeat(64) });
    expect(await verifyPackBytes(v1, listing)).toEqual({
      ok: false,
      error: 'Pack "shop-zh" 2026.11.1 was rejected: its checksum does not match the feed (the file may be incomplete or changed).',
    });
  });

  it('requires a valid signature when the feed pins a public key', async () => {
    const keys = await generateKeyPair();
    const other = await generateKeyPair();
    const signed = await listingFor(v1, 'shop-zh', '2026.11.1', { signature: await signBytes(keys.privateKey, v1) });
    expect((await verifyPackBytes(v1, signed, { publicKey: keys.publicKey })).ok).toBe(true);

    const bad = await verifyPackBytes(v1, signed, { publicKey: other.publicKey });
    expect(!bad.ok && bad.error).toBe(
      'Pack "shop-zh" 2026.11.1 was rejected: its signature does not match the feed’s public key (the file was changed or signed with another key).',
    );
    const garbage = await verifyPackBytes(v1, { ...signed, signature: 'bm90IGEgc2lnbmF0dXJl' }, { publicKey: keys.publicKey });
    expect(garbage.ok).toBe(false);
    const unsigned = await verifyPackBytes(v1, { ...signed, signature: undefined }, { publicKey: keys.publicKey });
    expect(!unsigned.ok && unsigned.error).toBe('Pack "shop-zh" 2026.11.1 was rejected: it is not signed, but this feed requires signed packs.');
    // Without a pinned key a signature cannot be checked, so it is not required.
    expect((await verifyPackBytes(v1, { ...signed, signature: 'junk' })).ok).toBe(true);
  });

  it('rejects truncated JSON even when the feed lists the truncated file’s checksum', async () => {
    const cut = v1.subarray(0, v1.length - 40);
    const r = await verifyPackBytes(cut, await listingFor(cut, 'shop-zh', '2026.11.1'));
    expect(!r.ok && r.error).toMatch(/^Pack "shop-zh" 2026\.11\.1 was rejected: not valid JSON: /);
  });

  it('rejects an HTML page served in place of the pack', async () => {
    const html = utf8('<!doctype html><html><head><title>Login</title></head></html>');
    const r = await verifyPackBytes(html, await listingFor(html, 'shop-zh', '2026.11.1'));
    expect(r).toEqual({ ok: false, error: 'Pack "shop-zh" 2026.11.1 was rejected: this is an HTML page, not a JSON pack.' });
  });

  it('rejects bytes that are not UTF-8', async () => {
    const gbk = new Uint8Array([0x7b, 0xc4, 0xe3, 0x7d]);
    const r = await verifyPackBytes(gbk, await listingFor(gbk, 'p', '1'));
    expect(!r.ok && r.error).toBe('Pack "p" 1 was rejected: it is not UTF-8 text.');
  });

  it('names the schema violations: a missing answer, duplicate ids', async () => {
    const { answer: _a, ...noAnswer } = pack.entries[2]!;
    const missing = bytesOf({ ...pack, entries: [pack.entries[0], pack.entries[1], noAnswer] });
    const r = await verifyPackBytes(missing, await listingFor(missing, 'shop-zh', '2026.11.1'));
    expect(!r.ok && r.error).toBe(`Pack "shop-zh" 2026.11.1 was rejected: it is not a valid pack: entries[2].answer (id "${noAnswer.id}"): required.`);
    const dup = bytesOf({ ...pack, entries: [pack.entries[0], pack.entries[1], pack.entries[0]] });
    const d = await verifyPackBytes(dup, await listingFor(dup, 'shop-zh', '2026.11.1'));
    expect(!d.ok && d.error).toBe('Pack "shop-zh" 2026.11.1 was rejected: it is not a valid pack: entries[2].id: duplicate id "ship-time" (also entries[0]).');
  });

  it('shows only the first few schema errors', async () => {
    const entries = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, title: 't', questions: ['q'] }));
    const broken = bytesOf({ ...pack, entries });
    const r = await verifyPackBytes(broken, await listingFor(broken, 'shop-zh', '2026.11.1'));
    expect(!r.ok && r.error).toMatch(/entries\[2\]\.answer \(id "e2"\): required; …and 3 more\.$/);
  });

  it('rejects a file that is a different pack or version than listed', async () => {
    const r = await verifyPackBytes(v1, await listingFor(v1, 'shop-zh', '2026.11.2'));
    expect(!r.ok && r.error).toBe('Pack "shop-zh" 2026.11.2 was rejected: the file is "shop-zh" 2026.11.1, not what the feed lists.');
    const other = await verifyPackBytes(v1, await listingFor(v1, 'shop-en', '2026.11.1'));
    expect(other.ok).toBe(false);
  });
});
