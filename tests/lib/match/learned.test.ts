import { describe, expect, it } from 'vitest';
import { LearnedPhrasings, MAX_LEARNED } from '@/lib/match/learned';

describe('LearnedPhrasings', () => {
  it('keeps one copy per entry and text, newest last, within the bound', () => {
    const l = new LearnedPhrasings();
    l.add([{ entry: 1, text: 'a', terms: [10] }, { entry: 1, text: 'a', terms: [10] }, { entry: 2, text: 'b', terms: [11] }]);
    expect(l.size).toBe(2);
    l.add(Array.from({ length: MAX_LEARNED }, (_, i) => ({ entry: 3, text: `t${i}`, terms: [12] })));
    expect(l.size).toBe(MAX_LEARNED);
    expect(l.of(1)).toEqual([]); // the oldest went first
  });

  it('proposes the entries sharing the most weight, and forgets on request', () => {
    const l = new LearnedPhrasings();
    l.add([
      { entry: 1, text: 'x', terms: [1, 2] },
      { entry: 2, text: 'y', terms: [2] },
      { entry: 3, text: 'z', terms: [3] },
    ]);
    expect(l.candidates([{ id: 1, weight: 1 }, { id: 2, weight: 1 }], 2)).toEqual([1, 2]);
    expect(l.candidates([{ id: 2, weight: 1 }], 1)).toHaveLength(1);
    l.remove((entry) => entry === 1);
    expect(l.of(1)).toEqual([]);
    expect(l.of(2)).toEqual([[2]]);
    l.remove();
    expect(l.size).toBe(0);
  });
});
