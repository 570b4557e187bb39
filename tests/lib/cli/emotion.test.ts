import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { processLine, runStreams } from '@/lib/cli/commands/emotion';

async function runOn(input: string) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errs.push(c.toString()));
  const code = await runStreams(Readable.from([input]), out, err);
  return { code, lines: chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), err: errs.join('') };
}

describe('kbpack emotion', () => {
  it('reads {"id","text"} lines and plain lines, one output line each', async () => {
    const { code, lines } = await runOn('{"id":"m1","text":"气死我了，我要投诉"}\nwhere is my order, still waiting\n\n{"text":"谢谢"}\n');
    expect(code).toBe(0);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'm1', urgency: 'high' });
    const emotions = lines[0]!.emotions as { label: string; score: number; evidence: { text: string }[] }[];
    expect(emotions.map((e) => e.label)).toEqual(expect.arrayContaining(['angry', 'threatening']));
    expect(emotions[0]!.evidence.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ id: 2 });
    expect(lines[2]).toMatchObject({ id: 4, urgency: 'low' });
  });
  it('reports a broken JSON line on stderr and in place, keeps going, exits 1', async () => {
    const { code, lines, err } = await runOn('{"id":1,"text":"好评"}\n{"id":7}\n{broken\n{"id":3,"text":"差评"}\n');
    expect(code).toBe(1);
    expect(lines.map((l) => l.id)).toEqual([1, 7, 3, 3]);
    expect(lines[1]!.error).toMatch(/text/);
    expect(lines[2]!.error).toMatch(/line 3: not valid JSON/);
    expect(lines[3]!.emotions).toBeDefined();
    expect(err).toMatch(/2 line\(s\)/);
  });
  it('processLine skips blank lines and strips a BOM', () => {
    expect(processLine('   ', 1)).toBeUndefined();
    const r = processLine('\uFEFF{"id":"x","text":"急"}', 1)!;
    expect(JSON.parse(r.out)).toMatchObject({ id: 'x' });
  });
});
