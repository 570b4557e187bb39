import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '@/lib/cli/commands/validate';
import { captureOutput, fixturesDir } from '../feed/helpers';

const v1 = resolve(fixturesDir, 'shop-v1.json');
const repo = resolve(__dirname, '../../..');
let dir: string;
let io: ReturnType<typeof captureOutput>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kbpack-validate-'));
  io = captureOutput();
});
afterEach(() => {
  io.restore();
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const pack = () => JSON.parse(readFileSync(v1, 'utf8')) as { entries: Record<string, unknown>[] } & Record<string, unknown>;

describe('kbpack validate', () => {
  it('accepts a valid pack with a summary on stdout', async () => {
    expect(await run([v1])).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toMatch(/: ok — shop-zh v2026\.11\.1, \d+ entries/);
  });

  it('names every broken field by its path and exits 1', async () => {
    const p = pack();
    const { answer: _answer, ...noAnswer } = p.entries[0]!;
    p.entries[0] = noAnswer;
    p.entries[1] = { ...p.entries[1], questions: [] };
    delete p.version;
    const file = write('bad.json', JSON.stringify(p));
    expect(await run([file])).toBe(1);
    const err = io.err();
    expect(err).toContain(`${file}: 3 error(s)`);
    expect(err).toMatch(/entries\[0\]\.answer \(id "[^"]+"\): required/);
    expect(err).toMatch(/entries\[1\]\.questions \(id "[^"]+"\): .+/);
    expect(err).toContain('version: required');
    expect(io.out()).toBe('');
  });

  it('says plainly when the file is not JSON, is an HTML page, or is not UTF-8', async () => {
    expect(await run([write('notes.json', 'id,title\n1,退货')])).toBe(1);
    expect(io.err()).toContain('(pack): not valid JSON');
    expect(await run([write('page.json', '<!doctype html><html><body>404</body></html>')])).toBe(1);
    expect(io.err()).toContain('(pack): this is an HTML page, not a JSON pack');
    const gbk = write('gbk.json', new Uint8Array([0x7b, 0x22, 0xcd, 0xcb, 0xbb, 0xf5, 0x22, 0x7d])); // {"退货"} in GBK
    expect(await run([gbk])).toBe(1);
    expect(io.err()).toContain(`${gbk} is not UTF-8 text`);
  });

  it('reports a missing file or folder without a stack trace', async () => {
    const missing = join(dir, 'nope.json');
    expect(await run([missing])).toBe(1);
    expect(io.err()).toBe(`cannot find ${missing}\n`);
    expect(await run([dir])).toBe(1);
    expect(io.err()).toContain(`${dir} is a folder, not a file`);
  });

  it('asks for a file, and rejects unknown options', async () => {
    expect(await run([])).toBe(2);
    expect(io.err()).toContain('usage: kbpack validate <pack.json>');
    expect(await run([v1, '--strcit'])).toBe(2);
    expect(io.err()).toContain('unknown option --strcit');
  });

  it('sets the process exit code through the real CLI', () => {
    io.restore();
    const p = pack();
    delete p.entries[0]!.answer;
    const file = write('bad.json', JSON.stringify(p));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/kbpack.ts', 'validate', file], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/entries\[0\]\.answer \(id "[^"]+"\): required/);
    io = captureOutput();
  });
});
