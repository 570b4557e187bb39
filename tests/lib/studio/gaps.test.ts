import { describe, expect, it } from 'vitest';
import { reportsToCsv, reportsToJsonl, type GapReport, type Urgency } from '@/lib/report';
import { answerGap, dismissGap, importGaps } from '@/lib/studio/gaps';
import { sampleReport } from '../report/fixtures';
import { shopDoc } from './helpers';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let n = 1;
const report = (question: string, urgency: Urgency = 'medium', over: Partial<GapReport> = {}) =>
  sampleReport({ id: uuid(n++), question, emotion: { main: 'confused', urgency }, suggestions: [], ...over });

const reports = [report('能送货上门吗'), report('可以送货上门吗', 'high'), report('支持花呗分期吗', 'low'), report('运费不对', 'high', { kind: 'wrong', entryId: 'shop-zh/return-fee' })];

describe('gap reports to answer', () => {
  it('groups missing-answer reports from a JSON Lines or CSV export into a to-answer list', () => {
    const fromJsonl = importGaps(shopDoc(), reportsToJsonl(reports));
    expect(fromJsonl.errors).toEqual([]);
    expect(fromJsonl.reports).toBe(4);
    expect(fromJsonl.doc.gaps.map((g) => [g.id, g.questions, g.count, g.urgency])).toEqual([
      ['gap-1', ['能送货上门吗', '可以送货上门吗'], 2, 'high'],
      ['gap-2', ['支持花呗分期吗'], 1, 'low'],
    ]);
    const fromCsv = importGaps(shopDoc(), reportsToCsv(reports));
    expect(fromCsv.doc.gaps.map((g) => g.questions)).toEqual(fromJsonl.doc.gaps.map((g) => g.questions));
  });

  it('answering a gap starts a draft entry with the buyers\' phrasings; it does not come back on re-import', () => {
    const { doc } = importGaps(shopDoc(), reportsToJsonl(reports));
    const answered = answerGap(doc, 'gap-1')!;
    const entry = answered.doc.entries.find((e) => e.uid === answered.uid)!;
    expect(entry).toMatchObject({ id: 'gap-1', title: '能送货上门吗', questions: ['能送货上门吗', '可以送货上门吗'], answer: '', status: 'draft', tags: ['gap'] });
    expect(answered.doc.gaps.map((g) => g.id)).toEqual(['gap-2']);
    const dismissed = dismissGap(answered.doc, 'gap-2');
    expect(dismissed.gaps).toEqual([]);
    const again = importGaps(dismissed, reportsToJsonl(reports));
    expect([again.added, again.known, again.doc.gaps.length]).toEqual([0, 2, 0]);
    const more = importGaps(dismissed, reportsToJsonl([report('发什么快递呀')]));
    expect(more.doc.gaps.map((g) => g.id)).toEqual(['gap-1']);
    // the id is taken by the answered entry, so answering this one picks another
    expect(answerGap(more.doc, 'gap-1')!.doc.entries.at(-1)!.id).toBe('gap-2');
    expect(answerGap(more.doc, 'nope')).toBeNull();
  });

  it('bad rows are reported with where they are; good ones still come in', () => {
    const text = `${reportsToJsonl([reports[0]!]).trimEnd()}\n{"format":"kbreport/1"}\nnot json\n`;
    const r = importGaps(shopDoc(), text);
    expect(r.doc.gaps).toHaveLength(1);
    expect(r.errors.map((e) => e.where)).toEqual(['line 2', 'line 3']);
  });
});
