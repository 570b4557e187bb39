import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '@/lib/cli/commands/gaps';
import { run as build } from '@/lib/cli/commands/build';
import { parseCsv } from '@/lib/pack/csv';
import { parsePackText } from '@/lib/pack/schema';
import { reportsToCsv, reportsToJsonl, type GapReport, type Urgency } from '@/lib/report';
import { captureOutput } from '../feed/helpers';
import { sampleReport } from '../report/fixtures';

let dir: string;
let io: ReturnType<typeof captureOutput>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kbpack-gaps-'));
  io = captureOutput();
});
afterEach(() => {
  io.restore();
  rmSync(dir, { recursive: true, force: true });
});

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const report = (n: number, question: string, urgency: Urgency = 'medium', over: Partial<GapReport> = {}) =>
  sampleReport({ id: uuid(n), question, emotion: { main: 'confused', urgency }, suggestions: [], ...over });
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const rowsOf = (file: string) => parseCsv(readFileSync(file, 'utf8')).filter((r) => r.some(Boolean));

const reports = [
  report(1, '偏远地区运费多少', 'high', { suggestions: [{ entryId: 'shop-zh/ship-remote', title: '偏远地区发货', score: 0.4 }] }),
  report(2, '偏远地区要加运费吗', 'low'),
  report(3, '什么时候发货', 'low'),
  report(4, '今天下单什么时候发货', 'low'),
  report(5, '什么时候发货', 'low'),
  report(6, '运费不对', 'high', { kind: 'wrong', entryId: 'shop-zh/ship-fee' }),
  report(7, '😀😀', 'high'),
];

describe('kbpack gaps', () => {
  it('reads JSON Lines and CSV exports, skips repeated ids and bad lines (named on stderr), writes the to-do CSV', async () => {
    const a = write('a.jsonl', `${reportsToJsonl(reports.slice(0, 4))}{"format":"kbreport/1","id":"nope"}\nnot json\n`);
    const b = write('b.csv', reportsToCsv(reports.slice(2)));
    const target = join(dir, 'out', 'todo.csv');
    expect(await run([a, b, '-o', target])).toBe(0);
    expect(io.err().split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 5: id: must be a UUID; `)),
      `${a}: line 6: not valid JSON: ${(() => {
        try {
          JSON.parse('not json');
        } catch (e) {
          return (e as Error).message;
        }
      })()}`,
    ]);
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rowsOf(target)).toEqual([
      ['id', 'title', 'questions', 'answer', 'keywords', 'category', 'tags', 'count', 'urgency'],
      ['gap-001', '偏远地区运费多少', '偏远地区运费多少|偏远地区要加运费吗', '', '', '', 'gap', '2', 'high'],
      ['gap-002', '什么时候发货', '什么时候发货|今天下单什么时候发货', '', '', '', 'gap', '3', 'low'],
    ]);
    expect(io.out()).toBe(
      [
        `wrote ${target}: 2 groups from 6 missing-answer reports (2 duplicates skipped, 2 bad rows skipped)`,
        '1 report had no words to group (only emoji, punctuation or masked data)',
        '  gap-001  ×2  high    偏远地区运费多少',
        '  gap-002  ×3  low     什么时候发货',
        `Fill in the answer column, then: npm run -s kbpack -- build ${target} -o pack.json --id … --version … --title … --locale …`,
        '',
      ].join('\n'),
    );
  });

  it('--all groups wrong and outdated reports too; --pack suggests categories; --threshold splits', async () => {
    const file = write('r.jsonl', reportsToJsonl(reports));
    const pack = write(
      'pack.json',
      JSON.stringify({
        format: 'kbpack/1',
        id: 'shop-zh',
        version: '1',
        title: 'Shop',
        locale: 'zh-CN',
        publishedAt: '2026-11-01',
        entries: [
          { id: 'ship-remote', title: '偏远地区发货', questions: ['偏远地区发货吗'], answer: '发', category: '物流' },
          { id: 'ship-fee', title: '运费', questions: ['运费多少'], answer: '10元', category: '运费' },
        ],
      }),
    );
    const target = join(dir, 'todo.csv');
    expect(await run([file, '-o', target, '--all', '--pack', pack])).toBe(0);
    expect(rowsOf(target)).toEqual([
      ['id', 'title', 'questions', 'answer', 'keywords', 'category', 'tags', 'count', 'urgency', 'entries'],
      ['gap-001', '偏远地区运费多少', '偏远地区运费多少|偏远地区要加运费吗', '', '', '物流', 'gap', '2', 'high', ''],
      ['gap-002', '什么时候发货', '什么时候发货|今天下单什么时候发货', '', '', '', 'gap', '3', 'low', ''],
      ['gap-003', '运费不对', '运费不对', '', '', '运费', 'gap|wrong', '1', 'high', 'shop-zh/ship-fee'],
    ]);
    expect(await run([file, '-o', target, '--threshold', '0.99'])).toBe(0);
    expect(rowsOf(target).map((r) => r[1])).toEqual(['title', '偏远地区运费多少', '什么时候发货', '偏远地区要加运费吗', '今天下单什么时候发货']);
  });

  it('round trip: fill in the answers and kbpack build makes a valid pack from the to-do list', async () => {
    const target = join(dir, 'todo.csv');
    expect(await run([write('r.jsonl', reportsToJsonl(reports)), '-o', target])).toBe(0);
    const [header, ...rows] = rowsOf(target);
    const answer = header!.indexOf('answer');
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const filled = [header!, ...rows.map((r) => r.map((c, i) => (i === answer ? `亲，关于「${r[1]}」：请看这里` : c)))].map((r) => r.map(quote).join(',')).join('\r\n');
    const csv = write('filled.csv', `\uFEFF${filled}\r\n`);
    const packFile = join(dir, 'pack.json');
    const meta = ['--id', 'gaps-zh', '--version', '2026.11.1', '--title', '补充问答', '--locale', 'zh-CN', '--published-at', '2026-11-22T00:00:00Z'];
    expect(await build([csv, '-o', packFile, ...meta])).toBe(0);
    expect(io.err()).toContain('warning: column "count" (H) is not a known column and was ignored');
    const parsed = parsePackText(readFileSync(packFile, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pack.entries.map((e) => [e.id, e.title, e.questions, e.tags])).toEqual([
      ['gap-001', '偏远地区运费多少', ['偏远地区运费多少', '偏远地区要加运费吗'], ['gap']],
      ['gap-002', '什么时候发货', ['什么时候发货', '今天下单什么时候发货'], ['gap']],
    ]);
    // Without answers, build refuses the to-do list as it is.
    expect(await build([target, '-o', join(dir, 'no.json'), ...meta])).toBe(1);
    expect(existsSync(join(dir, 'no.json'))).toBe(false);
  });

  it('writes nothing and explains when there is nothing to group or the input cannot be read', async () => {
    const target = write('todo.csv', 'previous');
    const onlyWrong = write('w.jsonl', reportsToJsonl([reports[5]!]));
    expect(await run([onlyWrong, '-o', target])).toBe(1);
    expect(io.err()).toContain('no missing-answer reports to group (1 report of wrong or outdated entries: add --all to include them); nothing written');
    expect(await run([write('e.jsonl', reportsToJsonl([reports[6]!])), '-o', target])).toBe(1);
    expect(io.err()).toContain('no report has a question with words to group');
    expect(await run([join(dir, 'missing.jsonl'), '-o', target])).toBe(1);
    expect(io.err()).toContain(`cannot find ${join(dir, 'missing.jsonl')}\nnothing written`);
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, new Uint8Array([0x69, 0x64, 0x2c, 0xce, 0xca, 0x0a]));
    expect(await run([gbk, '-o', target])).toBe(1);
    expect(io.err()).toContain('is not UTF-8 text');
    expect(await run([onlyWrong, '-o', target, '--all', '--pack', write('bad.json', '{}')])).toBe(1);
    expect(io.err()).toContain('not a valid pack');
    expect(readFileSync(target, 'utf8')).toBe('previous');
  });

  it('usage errors exit 2', async () => {
    const file = write('r.jsonl', reportsToJsonl(reports));
    expect(await run([file])).toBe(2);
    expect(io.err()).toContain('missing -o <todo.csv>');
    expect(await run(['-o', join(dir, 'x.csv')])).toBe(2);
    expect(io.err()).toContain('which reports?');
    expect(await run([file, '-o', join(dir, 'x.csv'), '--threshold', '2'])).toBe(2);
    expect(io.err()).toContain('--threshold must be a number above 0 and at most 1 (got "2")');
    expect(await run([file, '-o', join(dir, 'x.csv'), '--al'])).toBe(2);
    expect(io.err()).toContain('unknown option --al (did you mean --all?)');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    expect(await run(['--help'])).toBe(0);
    expect(io.out()).toContain('usage: kbpack gaps');
  });
});
