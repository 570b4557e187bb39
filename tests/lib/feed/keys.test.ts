import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '@/lib/feed/base64';
import { generateKeyPair, keysMatch, signBytes, verifyBytes } from '@/lib/feed/keys';
import { utf8 } from './helpers';

describe('base64', () => {
  it('round-trips bytes (including large inputs) and accepts URL-safe text and whitespace', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) % 256); // several 32 KB chunks
    const back = base64ToBytes(bytesToBase64(big))!;
    expect(back.length).toBe(big.length);
    expect(back.every((b, i) => b === big[i])).toBe(true);
    expect(bytesToBase64(new Uint8Array([251, 255]))).toBe('+/8=');
    expect(base64ToBytes('-_8')).toEqual(new Uint8Array([251, 255]));
    expect(base64ToBytes(' +/8= \n')).toEqual(new Uint8Array([251, 255]));
  });

  it('returns null for malformed text', () => {
    expect(base64ToBytes('abc$')).toBeNull();
    expect(base64ToBytes('a')).toBeNull();
  });
});

describe('ECDSA P-256 keys', () => {
  it('signs and verifies; a changed byte, another key or a truncated signature fails', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    const data = utf8('{"format":"kbpack/1"}');
    const sig = await signBytes(a.privateKey, data);
    expect(base64ToBytes(sig)!.length).toBe(64); // P1363 r||s
    expect(await verifyBytes(a.publicKey, data, sig)).toBe(true);
    const tampered = data.slice();
    tampered[3] = tampered[3]! ^ 1;
    expect(await verifyBytes(a.publicKey, tampered, sig)).toBe(false);
    expect(await verifyBytes(b.publicKey, data, sig)).toBe(false);
    expect(await verifyBytes(a.publicKey, data, sig.slice(0, 40))).toBe(false);
    expect(await keysMatch(a.publicKey, a.privateKey)).toBe(true);
    expect(await keysMatch(b.publicKey, a.privateKey)).toBe(false);
  });

  it('returns false, never throws, on a malformed key or signature', async () => {
    const { publicKey } = await generateKeyPair();
    const data = utf8('x');
    expect(await verifyBytes('not base64!', data, 'AAAA')).toBe(false);
    expect(await verifyBytes(bytesToBase64(new Uint8Array(91)), data, bytesToBase64(new Uint8Array(64)))).toBe(false);
    expect(await verifyBytes(publicKey, data, '%%%')).toBe(false);
    expect(await verifyBytes(publicKey, data, bytesToBase64(new Uint8Array(64)))).toBe(false);
  });

  it('explains a bad private key when signing', async () => {
    await expect(signBytes('AAAA', utf8('x'))).rejects.toThrow(/not an ECDSA P-256 key in PKCS8 form/);
    await expect(signBytes('***', utf8('x'))).rejects.toThrow('the private key is not base64 text');
  });
});
