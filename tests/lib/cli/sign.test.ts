import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as keygen } from '@/lib/cli/commands/keygen';
import { run } from '@/lib/cli/commands/sign';
import { verifyBytes } from '@/lib/feed/keys';
import { captureOutput, fixturesDir } from '../feed/helpers';

let dir: string;
let io: ReturnType<typeof captureOutput>;
let key: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kbpack-sign-'));
  io = captureOutput();
  key = join(dir, 'key.json');
  await keygen(['--out', key]);
});
afterEach(() => {
  io.restore();
  rmSync(dir, { recursive: true, force: true });
});

describe('kbpack sign', () => {
  it('writes <pack>.sig that verifies against the exact file bytes', async () => {
    const pack = join(dir, 'shop.json');
    writeFileSync(pack, readFileSync(resolve(fixturesDir, 'shop-v1.json')));
    expect(await run([pack, '--key', key])).toBe(0);
    const sig = readFileSync(`${pack}.sig`, 'utf8');
    const { publicKey } = JSON.parse(readFileSync(key, 'utf8')) as { publicKey: string };
    const bytes = new Uint8Array(readFileSync(pack));
    expect(await verifyBytes(publicKey, bytes, sig)).toBe(true);
    bytes[bytes.length - 2] = 0x20; // any change to the bytes breaks it
    expect(await verifyBytes(publicKey, bytes, sig)).toBe(false);
    expect(io.out()).toContain(`wrote ${pack}.sig: signature of shop-zh 2026.11.1`);
  });

  it('does not sign an invalid pack', async () => {
    const pack = join(dir, 'bad.json');
    writeFileSync(pack, '<html>');
    expect(await run([pack, '--key', key])).toBe(1);
    expect(io.err()).toContain('is not a valid pack; not signed');
    expect(existsSync(`${pack}.sig`)).toBe(false);
  });

  it('explains a missing, malformed or mismatched key file', async () => {
    const pack = resolve(fixturesDir, 'shop-v1.json');
    const sigOut = ['-o', join(dir, 'x.sig')];
    expect(await run([pack, ...sigOut])).toBe(2);
    expect(await run([pack, '--key', join(dir, 'none.json'), ...sigOut])).toBe(1);
    expect(io.err()).toContain('cannot find');
    writeFileSync(join(dir, 'k2.json'), '{"publicKey":"x"}');
    expect(await run([pack, '--key', join(dir, 'k2.json'), ...sigOut])).toBe(1);
    expect(io.err()).toContain('is not a key file: it needs "publicKey" and "privateKey"');
    const other = join(dir, 'other.json');
    await keygen(['--out', other]);
    const mixed = { publicKey: JSON.parse(readFileSync(other, 'utf8')).publicKey, privateKey: JSON.parse(readFileSync(key, 'utf8')).privateKey };
    writeFileSync(join(dir, 'mixed.json'), JSON.stringify(mixed));
    expect(await run([pack, '--key', join(dir, 'mixed.json'), ...sigOut])).toBe(1);
    expect(io.err()).toContain('the private key does not match the public key');
    expect(existsSync(join(dir, 'x.sig'))).toBe(false);
  });
});
