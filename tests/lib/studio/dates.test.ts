import { describe, expect, it } from 'vitest';
import { buildIndex, Matcher } from '@/lib/match';
import { DAY_MS, dateFlags, extendDate, staleCounts } from '@/lib/studio/dates';

const now = Date.parse('2026-11-20T08:00:00Z');

describe('dates', () => {
  it('stale, expired and expiring read dates the way the matcher does', () => {
    const cases = [
      { reviewBy: '2026-11-19', validUntil: '2026-11-20' }, // stale; valid to the end of today
      { reviewBy: '2026-11-20T09:00:00Z', validUntil: '2026-11-19' }, // not stale yet; expired
      { reviewBy: '2026-11-20', validUntil: '2026-11-27' }, // stale since midnight; expiring in 7 days
      { validUntil: '2026-11-28' }, // 8 days away: not expiring soon
    ];
    expect(cases.map((c) => dateFlags(c, now))).toEqual([
      { stale: true, expired: false, expiring: true, notYetValid: false },
      { stale: false, expired: true, expiring: false, notYetValid: false },
      { stale: true, expired: false, expiring: true, notYetValid: false },
      { stale: false, expired: false, expiring: false, notYetValid: false },
    ]);
    // The matcher agrees: what is stale here is marked stale in the panel; what is expired is not suggested.
    const m = Matcher.fromIndex(buildIndex(cases.map((c, i) => ({ id: `e${i}`, title: '发货时间', questions: ['什么时候发货'], answer: 'a', ...c }))));
    const hits = m.search('什么时候发货', { now, top: 10 });
    expect(hits.map((h) => [h.id, h.stale]).sort()).toEqual([['e0', true], ['e2', true], ['e3', false]]);
  });

  it('counts the dashboard numbers', () => {
    expect(staleCounts([{ reviewBy: '2026-01-01' }, { reviewBy: '2026-11-25' }, { validUntil: '2026-11-21' }, { validUntil: '2025-01-01' }, {}], now)).toEqual({
      stale: 1,
      expired: 1,
      expiring: 1,
      reviewSoon: 1,
    });
  });

  it('extending a review date counts from the date when it is ahead, from today when it has passed', () => {
    expect(extendDate('2026-12-01', 30, now)).toBe('2026-12-31');
    expect(extendDate('2026-01-01', 30, now)).toBe('2026-12-20');
    expect(extendDate(undefined, 1, now)).toBe('2026-11-21');
    expect(extendDate('not a date', 90, now)).toBe(new Date(now + 90 * DAY_MS).toISOString().slice(0, 10));
  });
});
