import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run } from '@/lib/cli/commands/match';

const pack = {
  format: 'kbpack/1',
  id: 'p',
  version: '1',
  title: 'T',
  locale: 'zh-CN',
  publishedAt: '2026-11-01',
  entries: [
    { id: 'ship', title: '发货时间', questions: ['什么时候发货'], answer: '48小时内发货' },
    { id: 'refund', title: 'Refund status', questions: ['When will I get my refund?'], answer: '3-5 days' },
    { id: 'promo', title: '双十一', questions: ['双十一优惠'], answer: '满减', validUntil: '2026-11-11' },
  ],
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kbpack-match-'));
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...pack, entries: [{ id: 'x', title: 't', questions: [] }] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await run(args, { stdin: Readable.from([input]), stdout, stderr });
  return { code, lines: out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), err };
}

describe('kbpack match', () => {
  it('answers JSON lines and plain lines, one output line each', async () => {
    const r = await cli([join(dir, 'pack.json'), '--top', '2', '--now', '2026-11-05'], '{"id":"q1","text":"請問什麼時候發貨"}\nI want my money back\n');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toMatchObject({ id: 'q1', hits: [{ id: 'ship' }] });
    const hit = (r.lines[0]!.hits as { id: string; score: number; why: string[] }[])[0]!;
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.why.length).toBeGreaterThan(0);
    expect(r.lines[1]).toMatchObject({ id: 2, hits: [{ id: 'refund' }] });
  });

  it('gives an error line for a malformed line and carries on', async () => {
    const r = await cli([join(dir, 'pack.json')], '{"id":"a","text":5}\n{oops\n{"id":"c","text":"什么时候发货"}\n');
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatchObject({ id: 'a' });
    expect(String(r.lines[0]!.error)).toContain('text');
    expect(r.lines[1]).toMatchObject({ id: 2 });
    expect(String(r.lines[1]!.error)).toContain('not valid JSON');
    expect(r.lines[2]).toMatchObject({ id: 'c', hits: [{ id: 'ship' }] });
  });

  it('does not suggest expired entries', async () => {
    const r = await cli([join(dir, 'pack.json'), '--now', '2026-12-01'], '双十一优惠\n');
    expect((r.lines[0]!.hits as { id: string }[]).map((h) => h.id)).not.toContain('promo');
  });

  it('exits non-zero with the zod errors for a malformed pack', async () => {
    const r = await cli([join(dir, 'bad.json')], '');
    expect(r.code).toBe(1);
    expect(r.err).toContain('entries[0].questions');
    expect(r.err).toMatch(/entries\[0\]\.answer \(id "[^"]+"\): required/);
  });

  it('exits 2 with usage when the pack is missing or --top is not a number', async () => {
    expect((await cli([], '')).code).toBe(2);
    expect((await cli([join(dir, 'pack.json'), '--top', 'x'], '')).code).toBe(2);
  });
});
