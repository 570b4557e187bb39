import { describe, expect, it } from 'vitest';
import type { EntryRow } from '@/lib/db/types';
import { buildIndex, Matcher } from '@/lib/match';
import { effectiveQuery, suggest } from '@/lib/panel/suggest';

const rows: EntryRow[] = [
  { key: 'p/ship', packId: 'p', entry: { id: 'ship', title: '发货时间', questions: ['什么时候发货'], answer: 'a' } },
  { key: 'p/refund', packId: 'p', entry: { id: 'refund', title: '退款到账', questions: ['退款多久到账'], answer: 'b' } },
];
const matcher = Matcher.fromIndex(buildIndex(rows.map((r) => ({ ...r.entry, id: r.key }))));

describe('suggest', () => {
  it('the agent\'s own search wins over the buyer\'s message', () => {
    expect(effectiveQuery('  退款 ', '什么时候发货')).toBe('退款');
    expect(effectiveQuery('', '什么时候发货')).toBe('什么时候发货');
  });

  it('ranks entries and skips hits whose entry is not loaded (a pack switched off meanwhile)', () => {
    expect(suggest(matcher, new Map(rows.map((r) => [r.key, r])), '退款多久到账')[0]?.key).toBe('p/refund');
    expect(suggest(matcher, new Map([[rows[0]!.key, rows[0]!]]), '退款多久到账').map((s) => s.key)).not.toContain('p/refund');
    expect(suggest(matcher, new Map(rows.map((r) => [r.key, r])), '   ')).toEqual([]);
  });
});
