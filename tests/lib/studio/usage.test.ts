import { describe, expect, it } from 'vitest';
import { needsReview, usageByEntry } from '@/lib/studio/usage';

describe('usage per entry', () => {
  it('counts uses (insert or copy) and votes of one pack\'s entries, ignoring others and junk', () => {
    const u = usageByEntry(
      [
        { type: 'inserted', at: 1, entryKey: 'p/a' },
        { type: 'copied', at: 1, entryKey: 'p/a' },
        { type: 'thumbs-up', at: 1, entryKey: 'p/a' },
        { type: 'thumbs-down', at: 1, entryKey: 'p/b' },
        { type: 'shown', at: 1, entryKey: 'p/c' },
        { type: 'inserted', at: 1, entryKey: 'pp/a' },
        { type: 'inserted', at: 1 },
        null,
        'junk',
      ],
      'p',
    );
    expect(Object.fromEntries(u)).toEqual({ a: { inserted: 2, up: 1, down: 0 }, b: { inserted: 0, up: 0, down: 1 } });
    expect(usageByEntry('nope' as never, 'p').size).toBe(0);
  });

  it('needs review at 30% thumbs-down with at least 3 votes', () => {
    expect(needsReview({ inserted: 0, up: 2, down: 1 })).toBe(true); // 33%
    expect(needsReview({ inserted: 0, up: 7, down: 3 })).toBe(true); // 30%
    expect(needsReview({ inserted: 0, up: 8, down: 3 })).toBe(false); // 27%
    expect(needsReview({ inserted: 0, up: 0, down: 2 })).toBe(false); // too few votes
    expect(needsReview(undefined)).toBe(false);
  });
});
