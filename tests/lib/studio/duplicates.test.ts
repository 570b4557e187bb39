import { describe, expect, it } from 'vitest';
import { findDuplicates, findDuplicatesAsync } from '@/lib/studio/duplicates';
import { wordingMatcher } from '@/lib/studio/wording';
import { docWith, shopDoc, uidOf } from './helpers';

describe('findDuplicates', () => {
  it('the same phrasing in two entries, after normalisation (width, punctuation, traditional script)', () => {
    const doc = docWith([
      { id: 'a', title: '发货时间', questions: ['什么时候发货？', '几天发货'], answer: 'x' },
      { id: 'b', title: '发货说明', questions: ['什麼時候發貨', '发货地址在哪'], answer: 'y' },
      { id: 'c', title: 'Refund', questions: ['How do I get a REFUND'], answer: 'z' },
      { id: 'd', title: 'Refunds', questions: ['how do i get a refund!'], answer: 'w' },
    ]);
    const { same } = findDuplicates(doc.entries);
    expect(same.map((s) => s.entries.map((e) => [e.id, e.phrasing]))).toEqual([
      [['a', '什么时候发货？'], ['b', '什麼時候發貨']],
      [['c', 'How do I get a REFUND'], ['d', 'how do i get a refund!']],
    ]);
  });

  it('a phrasing the matcher ranks to another entry above its own', () => {
    const doc = docWith([
      { id: 'fee', title: '退货运费', questions: ['退货运费谁出', '退货运费谁承担呀'], keywords: ['退货运费'], answer: '七天内质量问题我们承担运费' },
      // "fee" says this too, with 退货运费 as a keyword: the matcher sends a buyer asking it there.
      { id: 'return', title: '七天无理由退货', questions: ['可以退货吗', '退货运费谁承担'], answer: '支持七天无理由退货' },
    ]);
    const { outranked, same } = findDuplicates(doc.entries);
    expect(same).toEqual([]);
    expect(outranked.map((o) => [o.id, o.phrasing, o.winner.id])).toEqual([['return', '退货运费谁承担', 'fee']]);
    expect(outranked[0]!.winner.score).toBeGreaterThan(outranked[0]!.ownScore ?? 0);
  });

  it('a clean pack has nothing to report, and checking one entry only looks at its phrasings', () => {
    const doc = shopDoc();
    const all = findDuplicates(doc.entries);
    const one = findDuplicates(doc.entries, { only: new Set([uidOf(doc, 'ship-time')]) });
    expect(one.outranked.every((o) => o.id === 'ship-time')).toBe(true);
    expect(one.same).toEqual([]);
    expect(all.same).toEqual([]);
  });

  it('ignores blank phrasings and never throws on half-written entries', () => {
    const doc = docWith([{ id: 'a', title: '', questions: ['', ' '], answer: '' }, { id: 'b', title: '', questions: [''], answer: '' }]);
    expect(findDuplicates(doc.entries)).toEqual({ same: [], outranked: [] });
  });
});

describe('findDuplicatesAsync', () => {
  it('finds the same as the one-go check, giving the page turns and reporting progress', async () => {
    const doc = docWith([
      { id: 'a', title: '发货时间', questions: ['什么时候发货？'], answer: 'x' },
      { id: 'b', title: '发货说明', questions: ['什麼時候發貨'], answer: 'y' },
      { id: 'fee', title: '退货运费', questions: ['退货运费谁出', '退货运费谁承担呀'], keywords: ['退货运费'], answer: 'z' },
      { id: 'return', title: '七天无理由退货', questions: ['可以退货吗', '退货运费谁承担'], answer: 'w' },
    ]);
    const progress: number[] = [];
    const slow = await findDuplicatesAsync(doc.entries, { chunk: 1, onProgress: (p) => progress.push(p) });
    expect(slow).toEqual(findDuplicates(doc.entries));
    expect(progress).toEqual([0.25, 0.5, 0.75, 1, 1]);
    // A matcher built beforehand over the same entries gives the same answer.
    expect(findDuplicates(doc.entries, { matcher: wordingMatcher(doc.entries) })).toEqual(slow);
  });
});
