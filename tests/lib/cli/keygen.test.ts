import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '@/lib/cli/commands/keygen';
import { keysMatch } from '@/lib/feed/keys';
import { captureOutput } from '../feed/helpers';

let dir: string;
let io: ReturnType<typeof captureOutput>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kbpack-keygen-'));
  io = captureOutput();
});
afterEach(() => {
  io.restore();
  rmSync(dir, { recursive: true, force: true });
});

describe('kbpack keygen', () => {
  it('writes a matching key pair readable only by the owner and prints only the public key', async () => {
    const file = join(dir, 'key.json');
    expect(await run(['--out', file])).toBe(0);
    const keys = JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
    expect(Object.keys(keys)).toEqual(['publicKey', 'privateKey']);
    expect(await keysMatch(keys.publicKey, keys.privateKey)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(io.out()).toContain(`public key: ${keys.publicKey}`);
    expect(io.out() + io.err()).not.toContain(keys.privateKey);
  });

  it('refuses to replace an existing key unless --force', async () => {
    const file = join(dir, 'key.json');
    expect(await run(['-o', file])).toBe(0);
    const first = readFileSync(file, 'utf8');
    expect(await run(['-o', file])).toBe(1);
    expect(io.err()).toMatch(/already exists; not replacing a signing key/);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(await run(['-o', file, '--force'])).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(first);
  });

  it('rejects stray arguments', async () => {
    expect(await run(['key.json'])).toBe(2);
    expect(io.err()).toContain('unexpected argument "key.json"');
  });
});
