import { describe, expect, it } from 'vitest';
import { questionsFromEvents, topUnanswered, type SeenQuestion } from '@/lib/analytics/unanswered';
import type { UsageEvent } from '@/lib/db/types';

const seen = (text: string, at: number, answered = false): SeenQuestion => ({ text, at, answered });

describe('topUnanswered', () => {
  it('groups the unanswered questions by similarity, most asked first, ties most recent first', () => {
    const groups = topUnanswered([
      seen('偏远地区运费多少', 1),
      seen('什么时候发货', 2),
      seen('偏远地区要加运费吗', 3),
      seen('偏远地区运费多少', 4, true), // answered: left out
      seen('how do I get an invoice', 5),
      seen('Can I get an invoice?', 9),
      seen('今天下单什么时候发货', 6),
      seen('怎么退货', 7),
      seen('😀', 8),
    ]);
    expect(groups.map((g) => [g.representative, g.count, g.lastAt])).toEqual([
      ['how do I get an invoice', 2, 9],
      ['什么时候发货', 2, 6],
      ['偏远地区运费多少', 2, 3],
      ['怎么退货', 1, 7],
    ]);
    // ids are positions in the input.
    expect(groups[2]!.ids).toEqual(['0', '2']);
  });

  it('returns at most n groups', () => {
    const list = ['偏远地区运费多少', '什么时候发货', '怎么退货', 'how do I get an invoice'].map((t, i) => seen(t, i));
    expect(topUnanswered(list, 2)).toHaveLength(2);
    expect(topUnanswered(list, 0)).toEqual([]);
    expect(topUnanswered([])).toEqual([]);
  });
});

describe('questionsFromEvents', () => {
  it('reads question texts from the log, answered when a use shares their questionId', () => {
    const events: UsageEvent[] = [
      { type: 'question', at: 30, detail: { questionId: 'c2#运费', text: '偏远地区运费多少', answered: false } },
      { type: 'question', at: 10, detail: { questionId: 'c1#发货', text: '什么时候发货', answered: false } },
      { type: 'shown', at: 11, entryKey: 'shop/ship', detail: { questionId: 'c1#发货' } },
      { type: 'inserted', at: 12, entryKey: 'shop/ship', detail: { questionId: 'c1#发货' } },
      { type: 'question', at: 40, detail: { questionId: 'c2#运费', text: '偏远地区运费多少', answered: false } }, // seen again: once
      { type: 'question', at: 50, detail: { text: '能开发票吗', answered: true } },
      { type: 'question', at: 60, detail: { questionId: 'c3', answered: false } }, // no text: nothing to show
      { type: 'copied', at: 70, entryKey: 'shop/x', detail: { questionId: 'c4' } },
      { type: 'question', at: 65, detail: { questionId: 'c4', text: '怎么退货' } },
    ];
    expect(questionsFromEvents(events)).toEqual([
      seen('什么时候发货', 10, true),
      seen('偏远地区运费多少', 30, false),
      seen('能开发票吗', 50, true),
      seen('怎么退货', 65, true),
    ]);
    expect(topUnanswered(questionsFromEvents(events)).map((g) => g.representative)).toEqual(['偏远地区运费多少']);
  });
});
