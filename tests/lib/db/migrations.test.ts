import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/database';
import * as v1 from '@/lib/db/migrations/v1';
import * as v2 from '@/lib/db/migrations/v2';

// Each schema version gets a test: a database left by the previous version opens under the new one with
// its data intact and migrated.
const names: string[] = [];
const fresh = () => {
  const n = `mig-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('database migrations', () => {
  it('v1 → v2: existing packs become enabled, entries survive, new tables exist', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(v1.version).stores(v1.stores);
    await old.table('packs').put({ id: 'p1', source: 'bundled', version: '1', title: 'P' });
    await old.table('entries').put({ key: 'p1/e1', packId: 'p1', entry: { id: 'e1', title: 't', questions: ['q'], answer: 'a' } });
    await old.table('gapReports').put({ id: 'r1', createdAt: 1, status: 'local', report: {} });
    old.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.packs.get('p1'))?.enabled).toBe(1);
    expect(await db.packs.where('enabled').equals(1).count()).toBe(1);
    expect((await db.entries.get('p1/e1'))?.entry.answer).toBe('a');
    expect(await db.gapReports.count()).toBe(1);
    await db.learned.add({ entryKey: 'p1/e1', text: 'x', at: 1 });
    expect(await db.learned.count()).toBe(1);
    await db.searchIndex.put({ id: 'active', builtAt: 1, packs: [], data: {} });
    db.close();
  });

  it('a new database opens at the latest version with every table', async () => {
    const db = new AppDB(fresh());
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['baselines', 'entries', 'events', 'feeds', 'gapReports', 'learned', 'packHistory', 'packs', 'scripts', 'searchIndex']);
    db.close();
  });
});

describe('v2 → v3', () => {
  it('keeps packs and adds the feed, history and baseline tables', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(1).stores(v1.stores);
    old.version(2).stores(v2.stores);
    await old.table('packs').put({ id: 'p1', source: 'feed:https://x/index.json', enabled: 1, version: '1' });
    await old.table('learned').add({ entryKey: 'p1/e', text: 'q', at: 1 });
    old.close();
    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.packs.get('p1'))?.source).toBe('feed:https://x/index.json');
    expect(await db.learned.count()).toBe(1);
    await db.feeds.put({ url: 'https://x/index.json', addedAt: 1, managed: 0, failures: 0, packIds: ['p1'] });
    expect(await db.feeds.where('managed').equals(0).count()).toBe(1);
    db.close();
  });
});
