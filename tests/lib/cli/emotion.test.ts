import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { processLine, runStreams } from '@/lib/cli/commands/emotion';
import { detectConversation, detectEmotion } from '@/lib/emotion';

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
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'm1', urgency: 'high' });
    const emotions = lines[0]!.emotions as { label: string; score: number; evidence: { text: string }[] }[];
    expect(emotions.map((e) => e.label)).toEqual(expect.arrayContaining(['angry', 'threatening']));
    expect(emotions[0]!.evidence.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ id: 2 });
    expect(lines[2]).toMatchObject({ id: 3, urgency: 'low' });
    expect(lines[3]).toMatchObject({ id: 4, urgency: 'low' });
  });
  it('only "\\n" ends a line: a lone "\\r" stays inside the message, "\\r\\n" is one line end, multi-byte text split across chunks survives', async () => {
    const { code, lines } = await runOn('first line\rstill first\nsecond\r\nthird');
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual([1, 2, 3]);
    const out: string[] = [];
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => out.push(c.toString()));
    const bytes = Buffer.from('气死我了\n谢谢\n');
    await runStreams(Readable.from([bytes.subarray(0, 4), bytes.subarray(4)]), sink, new PassThrough());
    const got = out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { emotions: { label: string }[] });
    expect(got).toHaveLength(2);
    expect(got[0]!.emotions.map((e) => e.label)).toContain('angry');
  });

  it('a blank line gets its own output line (an empty message), so results paste next to the input', async () => {
    const input = '包裹到哪了\n\n   \n我要退货，东西是坏的\n';
    const { code, lines } = await runOn(input);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual([1, 2, 3, 4]); // one per input line; the final newline ends line 4
    const empty = detectEmotion('');
    for (const blank of [lines[1]!, lines[2]!]) {
      expect(blank).toEqual({ id: blank.id, emotions: empty.emotions, urgency: empty.urgency, urgencyReasons: empty.urgencyReasons });
    }
    expect(lines[1]!.emotions).toEqual([{ label: 'neutral', score: 1, evidence: [] }]);
    expect(lines[3]!.emotions).not.toEqual(empty.emotions);
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
  it('processLine answers a blank line in place and strips a BOM', () => {
    expect(JSON.parse(processLine('   ', 5).out)).toMatchObject({ id: 5, urgency: 'low', emotions: [{ label: 'neutral' }] });
    expect(JSON.parse(processLine('\uFEFF', 1).out)).toMatchObject({ id: 1, urgency: 'low' });
    const r = processLine('\uFEFF{"id":"x","text":"急"}', 1)!;
    expect(JSON.parse(r.out)).toMatchObject({ id: 'x' });
  });
  it('reads a message with the buyer\'s earlier ones as the panel does, and says the trend', async () => {
    const earlier = ['my blender stopped working', 'hello?? anyone reading this'];
    const last = 'useless. absolutely useless';
    const { code, lines } = await runOn(JSON.stringify({ id: 'c1', earlier, text: last }) + '\n' + JSON.stringify({ id: 'c2', text: last }) + '\n');
    expect(code).toBe(0);
    const panel = detectConversation([...earlier, last]);
    expect(lines[0]).toEqual({ id: 'c1', emotions: panel.emotions, urgency: panel.urgency, urgencyReasons: panel.urgencyReasons, trend: panel.trend });
    expect(lines[0]!.trend).toBe('escalating');
    expect(lines[1]!.trend).toBeUndefined(); // without earlier messages, the message alone, as before
    expect(lines[1]!.urgency).toBe(detectEmotion(last).urgency);
  });
  it('a bad "earlier" is an error for that line only', async () => {
    const { code, lines, err } = await runOn('{"id":"a","text":"hi","earlier":"not a list"}\n{"id":"b","text":"hi"}\n{"id":"c","text":"hi","earlier":[1,2]}\n');
    expect(code).toBe(1);
    expect(lines[0]!.error).toMatch(/"earlier" must be a list/);
    expect(lines[1]!.emotions).toBeDefined();
    expect(lines[2]!.error).toBe('line 3: "earlier" must be a list of strings (the buyer\'s earlier messages, oldest first)'); // said once
    expect(err).toMatch(/2 line\(s\)/);
  });
  it('stops quietly when the reader closes early (kbpack emotion < big.jsonl | head -1)', () => {
    const input = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: String(i), text: '快递怎么还没到' })).join('\n');
    const r = spawnSync('bash', ['-c', 'node --import tsx lib/cli/kbpack.ts emotion | head -1'], { input, encoding: 'utf8', cwd: process.cwd() });
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ id: '0' });
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});
