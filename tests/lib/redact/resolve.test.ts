import { describe, expect, it } from 'vitest';
import { redact } from '@/lib/redact';
import { resolveOverlaps } from '@/lib/redact/resolve';
import type { Candidate } from '@/lib/redact/types';

const c = (kind: Candidate['kind'], start: number, end: number, score = 50): Candidate => ({ kind, start, end, score, detector: 'test' });

describe('resolveOverlaps', () => {
  it('trims a losing span to the part outside the winner instead of dropping it', () => {
    expect(redact('收件人张伟浙江省杭州市西湖区文三路90号').text).toBe('收件人〔name〕〔address〕');
    // name "张伟浙江" (3–7) loses to the address (5–20): its first two characters are still masked.
    expect(resolveOverlaps([c('name', 3, 7), c('address', 5, 20)])).toEqual([c('name', 3, 5), c('address', 5, 20)]);
  });

  it('keeps both sides of a loser split by a winner, and drops a loser the winner covers', () => {
    expect(resolveOverlaps([c('order', 0, 10), c('phone', 2, 12, 70)])).toEqual([c('order', 0, 2), c('phone', 2, 12, 70)]);
    expect(resolveOverlaps([c('name', 0, 20), c('phone', 5, 8), c('order', 4, 9)])).toEqual([c('name', 0, 20)]);
    expect(resolveOverlaps([c('name', 0, 3), c('address', 2, 12), c('phone', 10, 13)]).map((x) => [x.kind, x.start, x.end])).toEqual([
      ['name', 0, 2],
      ['address', 2, 12],
      ['phone', 12, 13],
    ]);
  });

  it('drops leftover pieces that hold only spaces or punctuation, and trims their spaces', () => {
    expect(resolveOverlaps([c('name', 0, 4), c('address', 3, 10)], 'ab cdefghij')).toEqual([c('name', 0, 2), c('address', 3, 10)]);
    expect(resolveOverlaps([c('name', 2, 5), c('address', 4, 10)], 'ab ,cdefgh')).toEqual([c('address', 4, 10)]);
  });
});
