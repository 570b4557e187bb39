import { describe, expect, it } from 'vitest';
import { entryKeysOf, joinEntryKeys, questionIdOf } from '@/lib/analytics/events';
import { DAY_MS, REVIEW_RULES, summarizeUsage } from '@/lib/analytics/summary';
import type { UsageEvent } from '@/lib/db/types';

/** Local time, so hours are the same in every time zone the tests run in. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const q = (id: string, when: number): UsageEvent => ({ type: 'question', at: when, detail: { questionId: id, text: '〔masked〕', answered: false } });
const ev = (type: UsageEvent['type'], entryKey: string | undefined, when: number, questionId?: string): UsageEvent => ({
  type,
  at: when,
  ...(entryKey ? { entryKey } : {}),
  ...(questionId ? { detail: { questionId } } : {}),
});

const entries = new Map([
  ['shop/ship', { title: '发货时间', category: '物流' }],
  ['shop/fee', { title: '运费', category: '物流' }],
  ['shop/invoice', { title: '发票', category: '财务' }],
  ['shop/old', { title: '旧活动' }],
]);

describe('summarizeUsage', () => {
  it('counts questions and the ones answered by a use (inserted or copied) with the same questionId', () => {
    const events = [
      q('a', at(11, 9)),
      ev('shown', 'shop/ship', at(11, 9), 'a'),
      ev('shown', 'shop/fee', at(11, 9), 'a'),
      ev('inserted', 'shop/ship', at(11, 9, 1), 'a'),
      ev('inserted', 'shop/ship', at(11, 9, 2), 'a'), // a second insert does not answer it twice
      q('b', at(11, 14)),
      ev('shown', 'shop/fee', at(11, 14), 'b'),
      q('c', at(11, 14, 30)),
      ev('copied', 'shop/invoice', at(11, 14, 31), 'c'),
      q('a', at(11, 15)), // the same question seen again
      ev('inserted', 'shop/fee', at(11, 16), 'zzz'), // its question is not in the log: not counted as an answer
    ];
    const s = summarizeUsage(events, entries);
    expect(s).toMatchObject({ questionsSeen: 3, answered: 2, answerRate: 2 / 3, inserted: 4, flagged: 0 });
    expect(s.from).toBeUndefined();
  });

  it('without questionIds, answers are uses per question, capped at one each', () => {
    const anon = (type: UsageEvent['type'], key?: string): UsageEvent => ({ type, at: at(11, 10), ...(key ? { entryKey: key } : {}) });
    expect(summarizeUsage([anon('question'), anon('question'), anon('inserted', 'shop/ship')], entries)).toMatchObject({ questionsSeen: 2, answered: 1, answerRate: 0.5 });
    expect(summarizeUsage([anon('question'), anon('inserted', 'shop/ship'), anon('inserted', 'shop/fee'), anon('copied', 'shop/fee')], entries)).toMatchObject({
      questionsSeen: 1,
      answered: 1,
      answerRate: 1,
    });
    expect(summarizeUsage([], entries)).toMatchObject({ questionsSeen: 0, answered: 0, answerRate: 0, perEntry: [], busiestHours: [], busiestCategories: [] });
  });

  it('per entry: shown, used, votes, negative share and the two "needs review" rules', () => {
    const events: UsageEvent[] = [];
    // shop/ship: 10 shown, 1 used (10% is not "less than 10%"), 2 down of 3 votes.
    for (let i = 0; i < 10; i++) events.push(ev('shown', 'shop/ship', at(12, 10, i)));
    events.push(ev('inserted', 'shop/ship', at(12, 11)), ev('thumbs-down', 'shop/ship', at(12, 11)), ev('thumbs-down', 'shop/ship', at(12, 11)), ev('thumbs-up', 'shop/ship', at(12, 11)));
    // shop/fee: shown 10 times in one event list (detail.entryKeys) and never used; 1 down of 4 votes (25%).
    for (let i = 0; i < 10; i++) events.push({ type: 'shown', at: at(12, 12, i), detail: { entryKeys: joinEntryKeys(['shop/fee', 'shop/invoice']) } });
    events.push(ev('thumbs-down', 'shop/fee', at(12, 13)), ...[1, 2, 3].map(() => ev('thumbs-up', 'shop/fee', at(12, 13))));
    // shop/invoice: shown 10, used 1 by insert + 0 copies; 2 down of 2 votes (too few votes to judge).
    events.push(ev('copied', 'shop/invoice', at(12, 14)), ev('thumbs-down', 'shop/invoice', at(12, 14)), ev('thumbs-down', 'shop/invoice', at(12, 14)));
    // An entry no longer loaded keeps its key as title; a flag counts for it.
    events.push(ev('flagged', 'shop/gone', at(12, 15)), ev('flagged', undefined, at(12, 15)));

    const s = summarizeUsage(events, entries);
    const row = (key: string) => s.perEntry.find((e) => e.key === key);
    expect(row('shop/ship')).toEqual({
      key: 'shop/ship',
      title: '发货时间',
      category: '物流',
      shown: 10,
      inserted: 1,
      up: 1,
      down: 2,
      flagged: 0,
      negativeShare: 2 / 3,
      needsReview: true,
      reasons: ['negative-feedback'],
    });
    expect(row('shop/fee')).toMatchObject({ shown: 10, inserted: 0, up: 3, down: 1, negativeShare: 0.25, needsReview: true, reasons: ['rarely-used'] });
    expect(row('shop/invoice')).toMatchObject({ shown: 10, inserted: 1, down: 2, negativeShare: 1, needsReview: false, reasons: [] });
    expect(row('shop/gone')).toMatchObject({ title: 'shop/gone', flagged: 1, needsReview: false });
    expect(s.flagged).toBe(2);
    // Needs review first, then most shown, then most used, then key.
    expect(s.perEntry.map((e) => e.key)).toEqual(['shop/ship', 'shop/fee', 'shop/invoice', 'shop/gone']);
    expect(REVIEW_RULES).toEqual({ minVotes: 3, negativeShare: 0.3, minShown: 10, minUseRate: 0.1 });
  });

  it('busiest categories of the entries used and busiest local hours of the questions', () => {
    const events = [
      q('a', at(11, 9)),
      q('b', at(11, 14, 5)),
      q('c', at(12, 14, 50)),
      q('d', at(13, 21)),
      q('e', at(13, 9, 59)),
      q('f', at(13, 14, 0)),
      ev('inserted', 'shop/ship', at(11, 9), 'a'),
      ev('inserted', 'shop/fee', at(11, 9), 'b'),
      ev('copied', 'shop/invoice', at(11, 9), 'c'),
      ev('inserted', 'shop/old', at(11, 9), 'd'), // no category: not counted
    ];
    const s = summarizeUsage(events, entries);
    expect(s.busiestCategories).toEqual([
      { category: '物流', count: 2 },
      { category: '财务', count: 1 },
    ]);
    expect(s.busiestHours).toEqual([
      { hour: 14, count: 3 },
      { hour: 9, count: 2 },
      { hour: 21, count: 1 },
    ]);
    expect(s.hours).toHaveLength(24);
    expect(s.hours.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('a window of the last N days up to now', () => {
    const now = at(20, 12);
    const events = [q('old', now - 7 * DAY_MS), q('edge', now - 7 * DAY_MS + 1), q('new', now - 1000), q('future', now + 1000)];
    const s = summarizeUsage(events, entries, { now, days: 7 });
    expect(s).toMatchObject({ questionsSeen: 2, from: now - 7 * DAY_MS, to: now });
    expect(summarizeUsage(events, entries).questionsSeen).toBe(4);
  });

  it('ignores malformed events instead of throwing', () => {
    const junk = [null, {}, { type: 'question' }, { type: 'question', at: Number.NaN }, { type: 'shown', at: 1, detail: { entryKeys: 42 } }] as unknown as UsageEvent[];
    expect(summarizeUsage(junk, entries)).toMatchObject({ questionsSeen: 0, perEntry: [] });
    expect(summarizeUsage(undefined as unknown as UsageEvent[], entries).questionsSeen).toBe(0);
  });
});

describe('event detail helpers', () => {
  it('read questionId and entry keys the way the panel writes them', () => {
    expect(questionIdOf({ type: 'inserted', at: 1, detail: { questionId: 'c1#在吗' } })).toBe('c1#在吗');
    expect(questionIdOf({ type: 'inserted', at: 1, detail: { questionId: 7 } })).toBe('7');
    expect(questionIdOf({ type: 'inserted', at: 1, detail: { questionId: '  ' } })).toBeUndefined();
    expect(entryKeysOf({ type: 'shown', at: 1, entryKey: 'p/a', detail: { entryKeys: joinEntryKeys(['p/a', 'p/b c', '']) } })).toEqual(['p/a', 'p/b c']);
  });
});
