import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/database';
import { applyPack, ensureBundledPacks, removePack, rollbackPack, setPackEnabled } from '@/lib/db/packs';
import { learnPhrasing, MAX_LEARNED } from '@/lib/db/learned';
import { Matcher } from '@/lib/match';
import type { Pack } from '@/lib/pack/schema';

const pack = (version: string, entries: Pack['entries']): Pack => ({
  format: 'kbpack/1', id: 'shop', version, title: 'Shop', locale: 'zh-CN', publishedAt: '2026-11-01', entries,
  scripts: [{ id: 's1', emotion: 'angry', position: 'opener', text: '非常抱歉' }],
});
const e = (id: string, title: string, q: string, answer = `${title}的答案`) => ({ id, title, questions: [q], answer });

let db: AppDB;
beforeEach(async () => {
  db = new AppDB(`packs-${Math.random().toString(36).slice(2)}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function search(q: string) {
  const row = await db.searchIndex.get('active');
  return Matcher.fromIndex(row!.data as never).search(q).map((h) => h.id);
}

describe('applying packs', () => {
  it('stores entries, scripts and a search index that finds them', async () => {
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货'), e('refund', '退款到账', '退款多久到账')]), 'bundled');
    expect(await db.entries.count()).toBe(2);
    expect(await db.scripts.count()).toBe(1);
    expect((await db.packs.get('shop'))?.entryCount).toBe(2);
    expect((await search('退款多久能到账'))[0]).toBe('shop/refund');
  });

  it('a new version replaces the old entries entirely (removed entries disappear)', async () => {
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货'), e('old', '旧活动', '双十一活动')]), 'bundled');
    await applyPack(db, pack('2', [e('ship', '发货时间', '什么时候发货', '新答案')]), 'bundled');
    expect(await db.entries.count()).toBe(1);
    expect((await db.entries.get('shop/ship'))?.entry.answer).toBe('新答案');
    expect(await search('双十一活动')).not.toContain('shop/old');
  });

  it('a failure inside the transaction leaves the previous pack intact', async () => {
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货')]), 'bundled');
    const broken = pack('2', [e('ship', '发货时间', '什么时候发货', '新答案')]);
    // A structured-clone failure during the write aborts the whole transaction.
    (broken.entries[0] as Record<string, unknown>).bad = () => 0;
    await expect(applyPack(db, broken, 'bundled')).rejects.toThrow();
    expect((await db.packs.get('shop'))?.version).toBe('1');
    expect((await db.entries.get('shop/ship'))?.entry.answer).toBe('发货时间的答案');
    expect((await db.searchIndex.get('active'))?.packs).toEqual([{ id: 'shop', version: '1' }]);
  });

  it('disabling a pack removes it from the index; removing deletes it', async () => {
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货')]), 'bundled');
    await setPackEnabled(db, 'shop', false);
    expect(await search('什么时候发货')).toEqual([]);
    await setPackEnabled(db, 'shop', true);
    expect(await search('什么时候发货')).toEqual(['shop/ship']);
    await removePack(db, 'shop');
    expect(await db.entries.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
  });

  it('imports bundled packs once per version and keeps a disabled pack disabled', async () => {
    expect(await ensureBundledPacks(db, [pack('1', [e('ship', '发货时间', '什么时候发货')])])).toEqual(['shop']);
    expect(await ensureBundledPacks(db, [pack('1', [e('ship', '发货时间', '什么时候发货')])])).toEqual([]);
    await setPackEnabled(db, 'shop', false);
    expect(await ensureBundledPacks(db, [pack('2', [e('ship', '发货时间', '什么时候发货')])])).toEqual(['shop']);
    expect((await db.packs.get('shop'))?.enabled).toBe(0);
  });
});

describe('learned phrasings', () => {
  it('records a question once per entry and stays bounded', async () => {
    expect(await learnPhrasing(db, 'shop/ship', '  啥时候能寄出  ')).toBeTruthy();
    expect(await learnPhrasing(db, 'shop/ship', '啥时候能寄出')).toBeUndefined();
    expect(await learnPhrasing(db, 'shop/ship', '   ')).toBeUndefined();
    await db.learned.bulkAdd(Array.from({ length: MAX_LEARNED }, (_, i) => ({ entryKey: 'shop/x', text: `q${i}`, at: i })));
    await learnPhrasing(db, 'shop/ship', '最新的一句');
    expect(await db.learned.count()).toBe(MAX_LEARNED);
    expect(await db.learned.where('entryKey').equals('shop/ship').filter((l) => l.text === '最新的一句').count()).toBe(1);
  });
});

describe('an index from an older engine', () => {
  it('is rebuilt at start-up, so the panel never loads an index it cannot read', async () => {
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货')]), 'bundled');
    await db.searchIndex.update('active', { data: { version: -1 } });
    await ensureBundledPacks(db, [pack('1', [e('ship', '发货时间', '什么时候发货')])]);
    expect(await search('什么时候发货')).toEqual(['shop/ship']);
  });
});

describe('one-click rollback', () => {
  it('puts v1 back after v2: its entries, scripts and a search index that matches them; and it can be undone', async () => {
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货'), e('promo', '双十一活动', '双十一活动规则')]), 'feed:https://kb.example/index.json', 'sha-v1');
    await applyPack(db, pack('2', [e('ship', '发货时间', '什么时候发货', '新答案'), e('invoice', '开发票', '怎么开专票')]), 'feed:https://kb.example/index.json', 'sha-v2');
    expect(await search('双十一活动规则')).not.toContain('shop/promo');

    expect(await rollbackPack(db, 'shop')).toEqual({ ok: true, from: '2', to: '1' });
    expect(await db.packs.get('shop')).toMatchObject({ version: '1', entryCount: 2, sha256: 'sha-v1', source: 'feed:https://kb.example/index.json' });
    expect((await db.entries.where('packId').equals('shop').primaryKeys()).sort()).toEqual(['shop/promo', 'shop/ship']);
    expect((await db.entries.get('shop/ship'))?.entry.answer).toBe('发货时间的答案');
    expect(await db.scripts.count()).toBe(1);
    expect((await db.searchIndex.get('active'))?.packs).toEqual([{ id: 'shop', version: '1' }]);
    expect((await search('双十一活动规则'))[0]).toBe('shop/promo');
    expect(await search('怎么开专票')).not.toContain('shop/invoice');

    // v2 became the kept version: rolling back again restores it.
    expect(await rollbackPack(db, 'shop')).toEqual({ ok: true, from: '1', to: '2' });
    expect((await search('怎么开专票'))[0]).toBe('shop/invoice');
  });

  it('a file republished under the same version with new bytes keeps the old one for rollback and What\'s new', async () => {
    const source = 'feed:https://kb.example/index.json' as const;
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货', '旧答案')]), source, 'sha-a');
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货', '新答案')]), source, 'sha-b');
    expect(await db.packHistory.get('shop')).toMatchObject({ sha256: 'sha-a', pack: { version: '1' } });
    expect((await db.baselines.get('shop'))?.entries[0]?.answer).toBe('旧答案');
    expect(await rollbackPack(db, 'shop')).toEqual({ ok: true, from: '1', to: '1' });
    expect((await db.entries.get('shop/ship'))?.entry.answer).toBe('旧答案');
    expect((await db.packs.get('shop'))?.sha256).toBe('sha-a');
  });

  it('with no earlier version: a clear error and nothing changes', async () => {
    await applyPack(db, pack('1', [e('ship', '发货时间', '什么时候发货')]), 'bundled');
    const before = { pack: await db.packs.get('shop'), entries: await db.entries.toArray(), index: await db.searchIndex.get('active') };
    const r = await rollbackPack(db, 'shop');
    expect(r).toEqual({ ok: false, error: 'No earlier version of "Shop" is kept on this computer (only v1); nothing was changed.' });
    expect({ pack: await db.packs.get('shop'), entries: await db.entries.toArray(), index: await db.searchIndex.get('active') }).toEqual(before);
    expect(await rollbackPack(db, 'gone')).toEqual({ ok: false, error: 'The pack "gone" is not installed, so there is nothing to roll back.' });
  });
});
