import { describe, expect, it } from 'vitest';
import { buildReport, maxFieldLength, type ReportDraft } from '@/lib/report';

const draft: ReportDraft = {
  kind: 'missing',
  question: '我的手机13812345678，能寄到浙江省杭州市西湖区文三路90号吗',
  previous: ['在吗', '你好', '我叫小明，想问下'],
  console: { id: 'taobao', name: '千牛' },
  suggestions: [],
  emotion: { main: 'anxious', urgency: 'high' },
  packs: [{ id: 'shop-basics', version: '1.4.0' }],
  agent: '小王',
  locale: 'zh-CN',
};

describe('buildReport', () => {
  it('adds id, time and format, keeps the two latest earlier messages, and masks', () => {
    const r = buildReport(draft, { now: new Date('2026-11-22T06:30:00Z') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.format).toBe('kbreport/1');
    expect(r.report.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.report.createdAt).toBe('2026-11-22T06:30:00.000Z');
    expect(r.report.previous).toEqual(['你好', '我叫〔name〕，想问下']);
    expect(r.report.question).toBe('我的手机〔phone〕，能寄到〔address〕吗');
    expect(r.found.map((f) => f.kind)).toEqual(['phone', 'address', 'name']);
  });

  it('gives each report its own id unless one is passed (a resend keeps its id)', () => {
    const a = buildReport(draft);
    const b = buildReport(draft);
    const c = buildReport({ ...draft, id: '7b0e3c4a-9f1d-4c1e-8a55-2f6d0c9b1e42' });
    expect(a.ok && b.ok && a.report.id !== b.report.id).toBe(true);
    expect(c.ok && c.report.id).toBe('7b0e3c4a-9f1d-4c1e-8a55-2f6d0c9b1e42');
  });

  it('caps runaway text', () => {
    const r = buildReport({ ...draft, note: '很'.repeat(maxFieldLength + 500) });
    expect(r.ok && r.report.note.length).toBe(maxFieldLength + 1);
  });

  it('masks before it cuts, so a number across the limit is never left half in clear text', () => {
    // The raw number spans the limit: cut first, "1381234" would be left and not recognised.
    const pad = '很'.repeat(maxFieldLength - 12);
    const r = buildReport({ ...draft, question: `${pad}我的电话13812345678，到了打`, note: `${'很'.repeat(maxFieldLength - 5)}电话 138 1234 5678` });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.question).toBe(`${pad}我的电话〔phone〕，…`);
    expect(r.report.question).not.toMatch(/\d/);
    // A cut that would fall inside a placeholder moves before it.
    expect(r.report.note).toBe(`${'很'.repeat(maxFieldLength - 5)}电话 …`);
    expect(r.found.filter((f) => f.field === 'question').map((f) => f.kind)).toEqual(['phone']);
  });

  it('bounds giant text before masking without leaving part of a number at the bound', () => {
    const r = buildReport({ ...draft, sentReply: `${'a '.repeat(maxFieldLength * 4 - 3)}1381234567890` });
    expect(r.ok && r.report.sentReply?.endsWith('a a …')).toBe(true);
  });

  it('masks the order number and buyer name parts known from the page', () => {
    const r = buildReport({ ...draft, question: 'Hi Amy, your parcel for 240101ABCDEF12 left today' }, { names: ['Amy Wong'], orders: ['240101ABCDEF12'] });
    expect(r.ok && r.report.question).toBe('Hi 〔name〕, your parcel for 〔order〕 left today');
  });

  it('returns field errors instead of throwing', () => {
    const r = buildReport({ ...draft, question: '', kind: 'wrong' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['question', 'entryId']));
    expect(buildReport(null as unknown as ReportDraft).ok).toBe(false);
  });
});
