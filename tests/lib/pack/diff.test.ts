import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPacks, formatDiff, isEmptyDiff } from '@/lib/pack/diff';
import type { Entry, Pack } from '@/lib/pack/schema';

const load = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/packs', name), 'utf8')) as Pack;
const e = (id: string, extra: Partial<Entry> = {}): Entry => ({ id, title: `T-${id}`, questions: ['q'], answer: 'a', ...extra });

describe('diffPacks', () => {
  it('finds the 2 added, 1 changed and 1 removed entries between the fixture versions', () => {
    const d = diffPacks(load('shop-v1.json'), load('shop-v2.json'));
    expect(d.added).toEqual([
      { id: 'promo-1212', title: '双12活动' },
      { id: 'gift-wrap', title: '礼品包装' },
    ]);
    expect(d.changed).toEqual([{ id: 'return-fee', title: '退货运费', fields: ['answer'] }]);
    expect(d.removed).toEqual([{ id: 'promo-1111', title: '双11满减活动' }]);
  });

  it('treats everything as added when nothing was seen before', () => {
    const d = diffPacks(null, { entries: [e('a'), e('b')] });
    expect(d.added.map((x) => x.id)).toEqual(['a', 'b']);
    expect(d.changed).toEqual([]);
    expect(d.removed).toEqual([]);
  });

  it('lists changed fields in reading order, including added/dropped optional and unknown fields', () => {
    const d = diffPacks(
      { entries: [e('a', { tags: ['x'], keywords: ['k'] })] },
      { entries: [{ ...e('a', { title: 'new', keywords: ['k', 'k2'], owner: 'me' }), zeta: 1 } as Entry] },
    );
    expect(d.changed).toEqual([{ id: 'a', title: 'new', fields: ['title', 'keywords', 'tags', 'owner', 'zeta'] }]);
  });

  it('ignores key order and entry order', () => {
    const before = { entries: [e('a', { tones: { angry: 'x', anxious: 'y' } }), e('b')] };
    const after = { entries: [e('b'), { answer: 'a', questions: ['q'], title: 'T-a', id: 'a', tones: { anxious: 'y', angry: 'x' } }] };
    expect(isEmptyDiff(diffPacks(before, after))).toBe(true);
  });

  it('notices reordered questions (order is the author’s priority)', () => {
    const d = diffPacks({ entries: [e('a', { questions: ['1', '2'] })] }, { entries: [e('a', { questions: ['2', '1'] })] });
    expect(d.changed[0]!.fields).toEqual(['questions']);
  });
});

describe('formatDiff', () => {
  const d = diffPacks(load('shop-v1.json'), load('shop-v2.json'));

  it('writes an English changelog', () => {
    expect(formatDiff(d)).toBe(
      [
        '2 added, 1 changed, 1 removed',
        '',
        'Added:',
        '  + 双12活动 (promo-1212)',
        '  + 礼品包装 (gift-wrap)',
        '',
        'Changed:',
        '  ~ 退货运费 (return-fee): answer',
        '',
        'Removed:',
        '  - 双11满减活动 (promo-1111)',
      ].join('\n'),
    );
  });

  it('writes a Chinese changelog with field names in Chinese, leaving out empty sections', () => {
    const text = formatDiff({ added: [], changed: [{ id: 'x', title: '标题', fields: ['answer', 'questions', 'custom'] }], removed: [] }, 'zh');
    expect(text).toBe('新增 0 条，修改 1 条，删除 0 条\n\n修改：\n  ~ 标题 (x): 答案、买家问法、custom');
  });

  it('says when nothing changed', () => {
    expect(formatDiff({ added: [], changed: [], removed: [] })).toBe('No changes.');
    expect(formatDiff({ added: [], changed: [], removed: [] }, 'zh')).toBe('没有变化。');
  });
});
