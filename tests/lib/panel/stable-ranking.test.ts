import { describe, expect, it } from 'vitest';
import { buildIndex, Matcher } from '@/lib/match';
import { rankHits } from '@/lib/panel/suggest';
import { RankingMemo, type RankingKey } from '@/lib/panel/stable-ranking';

const entries = [
  { id: 'p/ship', title: '发货时间', questions: ['什么时候发货', '多久发货'], answer: 'a' },
  { id: 'p/track', title: '物流查询', questions: ['快递到哪了', '物流信息'], answer: 'b' },
];
const question = '什么时候发货呀';

function setup() {
  const matcher = Matcher.fromIndex(buildIndex(entries));
  const memo = new RankingMemo();
  const key: RankingKey = { index: 1, conversationId: 'c1', query: question, earlier: '' };
  const rank = (k: RankingKey) => memo.rank(k, () => rankHits(matcher, k.query)).map((h) => h.id);
  return { matcher, key, rank };
}

describe('RankingMemo', () => {
  it('keeps the order of the current question after an insert teaches the matcher a phrasing', () => {
    const { matcher, key, rank } = setup();
    const before = rank(key);
    expect(before[0]).toBe('p/ship');
    // The agent inserts the second answer: the question becomes a phrasing of it (what the panel does).
    matcher.addLearned([{ entryId: 'p/track', text: question }]);
    expect(rankHits(matcher, question)[0]?.id).toBe('p/track'); // the matcher itself would now re-rank
    expect(rank({ ...key })).toEqual(before);
  });

  it('applies what was learned from the next question (even in the same words), another conversation or a pack change on', () => {
    const { matcher, key, rank } = setup();
    rank(key);
    matcher.addLearned([{ entryId: 'p/track', text: question }]);
    expect(rank({ ...key, conversationId: 'c2' })[0]).toBe('p/track');
    rank(key);
    expect(rank({ ...key, index: 2 })[0]).toBe('p/track');
    expect(rank({ ...key, query: '多久发货' })[0]).toBe('p/ship');
    rank(key);
    expect(rank({ ...key, earlier: question })[0]).toBe('p/track'); // the buyer asks the same words again later
  });

  it('a search typed and cleared (or a tab left and come back to) finds the list of the question unchanged', () => {
    const { matcher, key, rank } = setup();
    const before = rank(key);
    matcher.addLearned([{ entryId: 'p/track', text: question }]);
    rank({ ...key, query: '物流' }); // the agent searches by hand, then clears the search
    expect(rank({ ...key })).toEqual(before);
  });

  it('keeps a bounded number of rankings', () => {
    const matcher = Matcher.fromIndex(buildIndex(entries));
    const memo = new RankingMemo(3);
    let computed = 0;
    const rank = (q: string) => memo.rank({ index: 1, conversationId: 'c', query: q, earlier: '' }, () => (computed++, rankHits(matcher, q)));
    for (const q of ['a', 'b', 'c', 'd']) rank(q);
    expect(computed).toBe(4);
    rank('d');
    rank('b');
    expect(computed).toBe(4); // still kept
    rank('a'); // the oldest was dropped
    expect(computed).toBe(5);
  });
});
