import { describe, expect, it } from 'vitest';
import { categoryTree, facet, filterEntries, flagCounts, NO_CATEGORY, type FilterContext } from '@/lib/studio/filter';
import { usageByEntry } from '@/lib/studio/usage';
import { docWith, NOW } from './helpers';

const doc = docWith([
  { id: 'ship-time', title: '发货时间', questions: ['什么时候发货'], answer: '48小时内发货', category: '物流/发货', tags: ['发货'], owner: '小王', status: 'published', reviewBy: '2026-01-01' },
  { id: 'ship-track', title: '查物流', questions: ['我的快递到哪了'], answer: '请提供订单号', category: '物流/查询', owner: '小李', status: 'review' },
  { id: 'promo', title: '双十一活动', questions: ['双十一有优惠吗'], answer: '满300减40', category: '活动', tags: ['促销', '发货'], validUntil: '2026-11-11' },
  { id: 'misc', title: '发票', questions: ['能开发票吗'], answer: '可以开发票', validUntil: '2026-11-24' },
]);
const events = [
  { type: 'inserted', at: 1, entryKey: 'p/ship-time' },
  { type: 'thumbs-down', at: 1, entryKey: 'p/ship-track' },
  { type: 'thumbs-down', at: 1, entryKey: 'p/ship-track' },
  { type: 'thumbs-up', at: 1, entryKey: 'p/ship-track' },
  { type: 'inserted', at: 1, entryKey: 'other/promo' },
];
const ctx: FilterContext = { now: NOW, usage: usageByEntry(events, 'p') };
const ids = (f: Parameters<typeof filterEntries>[1], c: FilterContext = ctx) => filterEntries(doc.entries, f, c).map((e) => e.id);

describe('browsing', () => {
  it('a category includes its subcategories; entries without one have their own filter', () => {
    expect(ids({ category: '物流' })).toEqual(['ship-time', 'ship-track']);
    expect(ids({ category: '物流/发货' })).toEqual(['ship-time']);
    expect(ids({ category: '物' })).toEqual([]);
    expect(ids({ category: NO_CATEGORY })).toEqual(['misc']);
  });

  it('tag, owner, status and flags narrow the list and combine', () => {
    expect(ids({ tag: '发货' })).toEqual(['ship-time', 'promo']);
    expect(ids({ owner: '小李' })).toEqual(['ship-track']);
    expect(ids({ status: 'draft' })).toEqual(['promo', 'misc']);
    expect(ids({ flag: 'stale' })).toEqual(['ship-time']);
    expect(ids({ flag: 'expired' })).toEqual(['promo']);
    expect(ids({ flag: 'expiring' })).toEqual(['misc']);
    expect(ids({ flag: 'never-inserted' })).toEqual(['ship-track', 'promo', 'misc']);
    expect(ids({ flag: 'needs-review' })).toEqual(['ship-track']);
    expect(ids({ tag: '发货', status: 'published' })).toEqual(['ship-time']);
    // Without usage data (a pack agents never had), the usage flags match nothing rather than everything.
    expect(ids({ flag: 'never-inserted' }, { now: NOW, usage: null })).toEqual([]);
  });

  it('search ranks with the matcher (a buyer\'s wording finds the entry) and also finds literal ids', () => {
    expect(ids({ text: '快递到哪里了' })[0]).toBe('ship-track');
    expect(ids({ text: '几天能发货' })[0]).toBe('ship-time');
    expect(ids({ text: 'promo' })).toEqual(['promo']);
    expect(ids({ text: '快递到哪里了', category: '活动' })).toEqual([]);
    // expired entries are still found: browsing is not what agents are offered today
    expect(ids({ text: '双十一优惠' })).toContain('promo');
  });

  it('the category tree counts each level; facets list values by use', () => {
    const tree = categoryTree(doc.entries);
    expect(tree.uncategorised).toBe(1);
    expect(tree.roots.map((n) => [n.path, n.count, n.children.map((c) => [c.path, c.count])])).toEqual([
      ['活动', 1, []],
      ['物流', 2, [['物流/发货', 1], ['物流/查询', 1]]],
    ]);
    expect(facet(doc.entries, 'tags')).toEqual([{ value: '发货', count: 2 }, { value: '促销', count: 1 }]);
    expect(facet(doc.entries, 'owner').map((f) => f.value)).toEqual(['小李', '小王']);
    expect(flagCounts(doc.entries, ctx)).toEqual({ stale: 1, expired: 1, expiring: 1, 'never-inserted': 3, 'needs-review': 1 });
  });
});
