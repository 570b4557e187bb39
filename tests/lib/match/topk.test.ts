import { describe, expect, it } from 'vitest';
import { topK } from '@/lib/match/topk';

describe('topK', () => {
  it('returns the k best items, best first, like a full sort would', () => {
    const score = Array.from({ length: 500 }, (_, i) => (i * 7919) % 503);
    const items = score.map((_, i) => i);
    const expected = [...items].sort((a, b) => score[b]! - score[a]!).slice(0, 20).map((i) => score[i]);
    expect(topK(items, score, 20).map((i) => score[i])).toEqual(expected);
  });
  it('handles k larger than the list and k = 0', () => {
    expect(topK([2, 0, 1], [5, 9, 1], 10)).toEqual([1, 0, 2]);
    expect(topK([1, 2], [1, 2, 3], 0)).toEqual([]);
  });
});
