import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs } from '@/lib/cli/args';
import { run } from '@/lib/cli/commands/build';
import { parsePackText } from '@/lib/pack/schema';
import { captureOutput, fixturesDir } from '../feed/helpers';

let dir: string;
let io: ReturnType<typeof captureOutput>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kbpack-build-'));
  io = captureOutput();
});
afterEach(() => {
  io.restore();
  rmSync(dir, { recursive: true, force: true });
});

const meta = ['--id', 'shop-zh', '--version', '2026.11.1', '--title', '示例店铺知识库', '--locale', 'zh-CN'];
const write = (name: string, text: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('kbpack build', () => {
  it('builds the BOM CSV fixture into a valid pack equal to shop-v1.json', async () => {
    const target = join(dir, 'out', 'pack.json');
    const code = await run([resolve(fixturesDir, 'shop.csv'), '-o', target, ...meta, '--published-at', '2026-11-01T00:00:00Z']);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toBe(`wrote ${target}: shop-zh 2026.11.1, 10 entries\n`);
    const built = JSON.parse(readFileSync(target, 'utf8'));
    expect(built).toEqual(JSON.parse(readFileSync(resolve(fixturesDir, 'shop-v1.json'), 'utf8')));
  });

  it('stamps publishedAt with the current time when not given', async () => {
    const target = join(dir, 'p.json');
    expect(await run([resolve(fixturesDir, 'shop.csv'), '--out=' + target, ...meta])).toBe(0);
    const r = parsePackText(readFileSync(target, 'utf8'));
    expect(r.ok && Math.abs(Date.parse(r.pack.publishedAt) - Date.now())).toBeLessThan(600_000);
  });

  it('names row and column of every CSV error and writes nothing', async () => {
    const csv = write('bad.csv', '\uFEFFid,title,questions,answer,validUntil\ne1,T,q,a,\ne2,T,,a,\ne1,T,q,a,someday\n');
    const target = join(dir, 'p.json');
    expect(await run([csv, '-o', target, ...meta])).toBe(1);
    expect(io.err()).toBe(
      [
        `${csv}: 3 error(s), nothing written`,
        'row 3, column "questions": required (one or more buyer phrasings, separated by | or new lines)',
        'row 4, column "id": duplicate id "e1" (also row 2)',
        'row 4, column "validUntil": "someday" is not a date — use YYYY-MM-DD, e.g. 2026-11-30',
        '',
      ].join('\n'),
    );
    expect(existsSync(target)).toBe(false);
  });

  it('leaves an existing pack untouched when the build fails', async () => {
    const target = write('p.json', 'previous');
    expect(await run([write('bad.csv', 'id,title,questions\n'), '-o', target, ...meta])).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('previous');
  });

  it('explains a GBK (non-UTF-8) export', async () => {
    const gbk = write('gbk.csv', new Uint8Array([0x69, 0x64, 0x2c, 0xce, 0xca, 0xcc, 0xe2, 0x0a]));
    expect(await run([gbk, '-o', join(dir, 'p.json'), ...meta])).toBe(1);
    expect(io.err()).toMatch(/is not UTF-8 text\. In Excel save as "CSV UTF-8/);
  });

  it('lists every missing metadata flag at once (exit 2), and asks for -o', async () => {
    const csv = resolve(fixturesDir, 'shop.csv');
    expect(await run([csv, '-o', join(dir, 'p.json'), '--id', 'x'])).toBe(2);
    expect(io.err()).toMatch(/^missing --version \(e\.g\. 2026\.11\.2\), --title \(the name agents see\), --locale \(e\.g\. zh-CN or en\)\nusage: /);
    expect(await run([csv, ...meta])).toBe(2);
    expect(io.err()).toContain('missing -o <pack.json>');
  });

  it('prints CSV warnings for ignored columns but still builds', async () => {
    const csv = write('notes.csv', 'id,title,questions,answer,备注\ne1,T,q,a,x\n');
    expect(await run([csv, '-o', join(dir, 'p.json'), ...meta])).toBe(0);
    expect(io.err()).toBe('warning: column "备注" (E) is not a known column and was ignored\n');
  });

  it('rebuilds a JSON pack with new metadata, keeping scripts, synonyms and unknown fields', async () => {
    const source = write(
      'src.json',
      JSON.stringify({
        format: 'kbpack/1',
        id: 'old',
        version: '1',
        title: 'Old',
        locale: 'en',
        publishedAt: '2020-01-01',
        description: 'kept',
        entries: [{ id: 'e', title: 't', questions: ['q'], answer: 'a' }],
        scripts: [{ id: 's', emotion: 'angry', position: 'opener', text: 'Sorry' }],
        synonyms: [['a', 'b']],
      }),
    );
    const target = join(dir, 'p.json');
    expect(await run([source, '-o', target, '--version', '2', '--published-at', '2026-11-02'])).toBe(0);
    const pack = JSON.parse(readFileSync(target, 'utf8'));
    expect(pack).toMatchObject({ id: 'old', version: '2', title: 'Old', locale: 'en', publishedAt: '2026-11-02', description: 'kept', synonyms: [['a', 'b']] });
    expect(pack.scripts).toHaveLength(1);
    expect(Object.keys(pack).slice(0, 6)).toEqual(['format', 'id', 'version', 'title', 'locale', 'publishedAt']);
  });

  it('accepts a JSON array of entries and rejects invalid ones with their paths', async () => {
    const ok = write('entries.json', JSON.stringify([{ id: 'e', title: 't', questions: ['q'], answer: 'a' }]));
    expect(await run([ok, '-o', join(dir, 'a.json'), ...meta])).toBe(0);
    const bad = write('bad.json', JSON.stringify([{ id: 'e', title: 't', questions: ['q'] }]));
    const target = join(dir, 'b.json');
    expect(await run([bad, '-o', target, ...meta])).toBe(1);
    expect(io.err()).toContain('entries[0].answer (id "e"): required');
    expect(existsSync(target)).toBe(false);
  });

  it('reports unreadable input and usage mistakes', async () => {
    expect(await run([join(dir, 'nope.csv'), '-o', join(dir, 'p.json'), ...meta])).toBe(1);
    expect(io.err()).toContain(`cannot find ${join(dir, 'nope.csv')}`);
    expect(await run([])).toBe(2);
    expect(await run(['a.csv', '--outt', 'x'])).toBe(2);
    expect(io.err()).toContain('unknown option --outt (did you mean --out?)');
  });
});

describe('parseArgs (shared by the commands)', () => {
  const spec = { out: { type: 'string', short: 'o' }, force: { type: 'boolean' }, port: { type: 'string' } } as const;

  it('reads --name value, --name=value, -x value, booleans, negative numbers and "--"', () => {
    expect(parseArgs(['a', '--out', 'x', '--force', 'b', '--port=-1', '--', '--not-a-flag'], spec)).toEqual({
      ok: true,
      positionals: ['a', 'b', '--not-a-flag'],
      flags: { out: 'x', force: true, port: '-1' },
    });
    expect(parseArgs(['-o', 'y', '-'], spec)).toEqual({ ok: true, positionals: ['-'], flags: { out: 'y' } });
  });

  it('explains mistakes instead of guessing', () => {
    expect(parseArgs(['--out'], spec)).toEqual({ ok: false, error: '--out needs a value' });
    expect(parseArgs(['--out', '--force'], spec)).toEqual({ ok: false, error: '--out needs a value' });
    expect(parseArgs(['-o', 'a', '--out', 'b'], spec)).toEqual({ ok: false, error: '--out is given more than once' });
    expect(parseArgs(['--force=yes'], spec)).toEqual({ ok: false, error: '--force does not take a value' });
    expect(parseArgs(['--frce'], spec)).toEqual({ ok: false, error: 'unknown option --frce (did you mean --force?)' });
    expect(parseArgs(['-z'], spec)).toEqual({ ok: false, error: 'unknown option -z' });
  });
});
