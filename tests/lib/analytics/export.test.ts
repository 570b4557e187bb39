import { describe, expect, it } from 'vitest';
import { aggregateForReport, AGGREGATE_LIMITS, summaryToCsv, usageAggregateSchema } from '@/lib/analytics/export';
import { summarizeUsage } from '@/lib/analytics/summary';
import type { UsageEvent } from '@/lib/db/types';
import { parseCsv } from '@/lib/pack/csv';

const at = (hour: number, minute = 0) => new Date(2026, 10, 11, hour, minute).getTime();
const BUYER_TEXT = '我的手机号是〔phone〕，快递到哪了';

function sampleEvents(): UsageEvent[] {
  const events: UsageEvent[] = [];
  for (let i = 0; i < 12; i++) {
    const questionId = `conv${i}#${BUYER_TEXT}`;
    events.push({ type: 'question', at: at(9 + (i % 3), i), detail: { questionId, text: BUYER_TEXT, answered: false } });
    events.push({ type: 'shown', at: at(9 + (i % 3), i), entryKey: 'shop/track', detail: { questionId } });
    if (i % 4 === 0) events.push({ type: 'inserted', at: at(9 + (i % 3), i + 1), entryKey: 'shop/track', detail: { questionId } });
  }
  events.push(...[1, 2, 3].map((): UsageEvent => ({ type: 'thumbs-down', at: at(10), entryKey: 'shop/=cmd' })));
  events.push({ type: 'flagged', at: at(10), entryKey: 'shop/track' });
  return events;
}
const entries = new Map([
  ['shop/track', { title: '物流查询, "快递"到哪了', category: '物流' }],
  ['shop/=cmd', { title: '=HYPERLINK("x")', category: '售后' }],
]);

describe('summaryToCsv', () => {
  it('writes totals, entries, categories and 24 hours as blocks a spreadsheet opens (BOM, CRLF, quoting, formula guard)', () => {
    const s = summarizeUsage(sampleEvents(), entries, { now: at(23), days: 1 });
    const csv = summaryToCsv(s);
    expect(csv.startsWith('\uFEFFmetric,value\r\n')).toBe(true);
    expect(csv).not.toContain(BUYER_TEXT);
    const rows = parseCsv(csv);
    const blocks: string[][][] = [[]];
    for (const r of rows) (r.length === 1 && r[0] === '' ? blocks.push([]) : blocks[blocks.length - 1]!.push(r));
    const [totals, perEntry, categories, hours] = blocks;
    expect(totals).toEqual([
      ['metric', 'value'],
      ['from', new Date(at(23) - 86_400_000).toISOString()],
      ['to', new Date(at(23)).toISOString()],
      ['questionsSeen', '12'],
      ['answered', '3'],
      ['answerRate', '0.250'],
      ['inserted', '3'],
      ['flagged', '1'],
    ]);
    expect(perEntry).toEqual([
      ['entry', 'title', 'category', 'shown', 'inserted', 'up', 'down', 'flagged', 'negativeShare', 'needsReview', 'reasons'],
      ['shop/=cmd', '\'=HYPERLINK("x")', '售后', '0', '0', '0', '3', '0', '1', 'yes', 'negative-feedback'],
      ['shop/track', '物流查询, "快递"到哪了', '物流', '12', '3', '0', '0', '1', '0', 'no', ''],
    ]);
    expect(categories).toEqual([
      ['category', 'inserted'],
      ['物流', '3'],
    ]);
    expect(hours![0]).toEqual(['hour', 'questions']);
    expect(hours!.slice(1)).toHaveLength(24);
    expect(hours!.slice(10, 13)).toEqual([
      ['9', '4'],
      ['10', '4'],
      ['11', '4'],
    ]);
  });
});

describe('aggregateForReport', () => {
  it('keeps numbers and pack text only, and passes its own schema', () => {
    const s = summarizeUsage(sampleEvents(), entries);
    const a = aggregateForReport(s);
    expect(JSON.stringify(a)).not.toContain('conv');
    expect(JSON.stringify(a)).not.toContain('〔phone〕');
    expect(a).toEqual({
      questionsSeen: 12,
      answered: 3,
      answerRate: 0.25,
      inserted: 3,
      flagged: 1,
      needsReview: [{ key: 'shop/=cmd', title: '=HYPERLINK("x")', shown: 0, inserted: 0, up: 0, down: 3, reasons: ['negative-feedback'] }],
      busiestCategories: [{ category: '物流', count: 3 }],
      hours: Array.from({ length: 24 }, (_, h) => (h >= 9 && h <= 11 ? 4 : 0)),
    });
    expect(usageAggregateSchema.safeParse(a).success).toBe(true);
    // Unknown fields are dropped by the schema: nothing else can ride along.
    const smuggled = usageAggregateSchema.safeParse({ ...a, text: BUYER_TEXT });
    expect(smuggled.success && 'text' in smuggled.data).toBe(false);
  });

  it('caps the lists and rounds the rate', () => {
    const events: UsageEvent[] = [];
    for (let e = 0; e < AGGREGATE_LIMITS.entries + 5; e++) for (let i = 0; i < 3; i++) events.push({ type: 'thumbs-down', at: at(12), entryKey: `p/e${e}` });
    for (let c = 0; c < AGGREGATE_LIMITS.categories + 3; c++) events.push({ type: 'inserted', at: at(12), entryKey: `p/c${c}` });
    events.push(...[1, 2, 3].map((i): UsageEvent => ({ type: 'question', at: at(12), detail: { questionId: `q${i}` } })));
    events.push({ type: 'inserted', at: at(12), entryKey: 'p/c0', detail: { questionId: 'q1' } });
    const cats = new Map(Array.from({ length: AGGREGATE_LIMITS.categories + 3 }, (_, c) => [`p/c${c}`, { title: `c${c}`, category: `cat${c}` }]));
    const a = aggregateForReport(summarizeUsage(events, cats));
    expect(a.needsReview).toHaveLength(AGGREGATE_LIMITS.entries);
    expect(a.busiestCategories).toHaveLength(AGGREGATE_LIMITS.categories);
    expect(a.answerRate).toBe(0.333);
    expect(usageAggregateSchema.safeParse(a).success).toBe(true);
  });
});
