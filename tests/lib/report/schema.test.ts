import { describe, expect, it } from 'vitest';
import { gapReportSchema, maskReport, parseReport } from '@/lib/report';
import { sampleReport } from './fixtures';

describe('report schema', () => {
  it('accepts a complete report and drops unknown fields (they would escape masking)', () => {
    const r = parseReport({ ...sampleReport(), buyerPhone: '13812345678' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report).toEqual(sampleReport());
    expect(r.report).not.toHaveProperty('buyerPhone');
  });

  it('fills defaults for the optional lists and texts', () => {
    const { previous: _p, suggestions: _s, note: _n, packs: _k, agent: _a, searched: _q, sentReply: _r, ...min } = sampleReport();
    const r = parseReport(min);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.previous).toEqual([]);
    expect(r.report.suggestions).toEqual([]);
    expect(r.report.note).toBe('');
    expect(r.report.searched).toBeUndefined();
  });

  it('treats empty optional text as absent', () => {
    const r = gapReportSchema.parse({ ...sampleReport(), searched: '', sentReply: '' });
    expect(r.searched).toBeUndefined();
    expect(r.sentReply).toBeUndefined();
  });

  it('names each bad field', () => {
    const r = parseReport({ ...sampleReport(), id: 'abc', createdAt: 'yesterday', kind: 'other', previous: ['a', 'b', 'c'], question: ' ' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'createdAt', 'kind', 'previous', 'question']));
    expect(r.errors.find((e) => e.path === 'previous')?.message).toBe('at most two earlier buyer messages');
  });

  it('needs the entry for wrong and outdated reports', () => {
    const r = parseReport({ ...sampleReport(), kind: 'wrong' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ path: 'entryId', message: 'required when kind is "wrong" (the entry being reported)' });
    expect(parseReport({ ...sampleReport(), kind: 'outdated', entryId: 'ship-fee' }).ok).toBe(true);
  });

  it('says "required" for missing fields and never throws on junk', () => {
    const r = parseReport({ format: 'kbreport/1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ path: 'question', message: 'required' });
    for (const junk of [null, undefined, 42, 'text', []]) expect(parseReport(junk).ok).toBe(false);
  });
});

describe('maskReport', () => {
  const raw = sampleReport({
    question: '寄到浙江省杭州市西湖区文三路90号要几天？电话13812345678',
    previous: ['我是小猪佩奇', '订单号3512345678901234567'],
    searched: '13812345678',
    note: '买家邮箱 pig@example.com',
    sentReply: '好的小猪佩奇，已备注',
    suggestions: [{ entryId: 'e', title: '客服电话 0571-88889999', score: 0.5 }],
    agent: '小王',
  });

  it('masks every free-text field and reports where', () => {
    const { report, found } = maskReport(raw, { names: ['小猪佩奇'] });
    expect(report.question).toBe('寄到〔address〕要几天？电话〔phone〕');
    expect(report.previous).toEqual(['我是〔name〕', '订单号〔order〕']);
    expect(report.searched).toBe('〔phone〕');
    expect(report.note).toBe('买家邮箱 〔email〕');
    expect(report.sentReply).toBe('好的〔name〕，已备注');
    expect(found.map((f) => `${f.field}:${f.kind}`)).toEqual([
      'question:address',
      'question:phone',
      'previous[0]:name',
      'previous[1]:order',
      'searched:phone',
      'note:email',
      'sentReply:name',
    ]);
    // Offsets point into the field's original text.
    const phone = found.find((f) => f.field === 'question' && f.kind === 'phone');
    expect(phone && raw.question.slice(phone.start, phone.end)).toBe('13812345678');
  });

  it('leaves pack text, ids and the agent name alone, and does not touch the input', () => {
    const before = structuredClone(raw);
    const { report } = maskReport(raw, { names: ['小猪佩奇'] });
    expect(report.suggestions).toEqual(raw.suggestions);
    expect(report.agent).toBe('小王');
    expect(report.id).toBe(raw.id);
    expect(raw).toEqual(before);
  });

  it('is idempotent and keeps the report valid', () => {
    const once = maskReport(raw, { names: ['小猪佩奇'] }).report;
    const twice = maskReport(once, { names: ['小猪佩奇'] });
    expect(twice.report).toEqual(once);
    expect(twice.found).toEqual([]);
    expect(parseReport(once).ok).toBe(true);
  });

  it('keeps absent optional fields absent', () => {
    const { searched: _s, sentReply: _r, ...rest } = raw;
    const { report } = maskReport(rest as typeof raw);
    expect('searched' in report).toBe(false);
    expect('sentReply' in report).toBe(false);
  });
});
