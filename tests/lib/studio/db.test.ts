import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/database';
import { deleteDoc, lastDoc, listDocs, saveDoc, saveDocUnlessNewer, STUDIO_DB_NAME, StudioDB } from '@/lib/studio/db';
import * as v1 from '@/lib/studio/migrations/v1';
import { addEntry, updateEntry } from '@/lib/studio/doc';
import { shopDoc } from './helpers';

const names: string[] = [];
const fresh = () => {
  const n = `studio-${Math.random().toString(36).slice(2)}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('studio database', () => {
  it('a new database opens at v1 with its tables, apart from the agent database', async () => {
    expect(STUDIO_DB_NAME).not.toBe(new AppDB().name);
    const db = new StudioDB(fresh());
    await db.open();
    expect(db.verno).toBe(v1.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['docs', 'meta']);
    db.close();
  });

  it('a draft saved before the tab closed is there when the studio opens again', async () => {
    const name = fresh();
    const first = new StudioDB(name);
    const a = addEntry(shopDoc(), { title: '写了一半', questions: ['能开发票吗'] });
    const doc = updateEntry(a.doc, a.uid, { answer: '可以' });
    await saveDoc(first, doc, 5);
    first.close();

    const again = new StudioDB(name);
    const restored = await lastDoc(again);
    expect(restored).toEqual({ ...doc, updatedAt: 5 });
    expect(restored!.entries.at(-1)).toMatchObject({ title: '写了一半', answer: '可以', status: 'draft' });
    again.close();
  });

  it('lists working copies newest first; deleting the last one forgets it', async () => {
    const db = new StudioDB(fresh());
    await saveDoc(db, { ...shopDoc(), key: 'a' }, 1);
    await saveDoc(db, { ...shopDoc(), key: 'b' }, 2);
    expect((await listDocs(db)).map((d) => d.key)).toEqual(['b', 'a']);
    expect((await lastDoc(db))?.key).toBe('b');
    await deleteDoc(db, 'b');
    expect(await lastDoc(db)).toBeUndefined();
    expect((await listDocs(db)).map((d) => d.key)).toEqual(['a']);
    db.close();
  });

  it('an autosave queued before the page wrote a later copy itself does not overwrite it', async () => {
    const db = new StudioDB(fresh());
    const older = shopDoc();
    const newer = updateEntry(older, older.entries[0]!.uid, { answer: '关页前最后一改' });
    await saveDoc(db, newer, 20); // the page, as the tab is hidden
    expect(await saveDocUnlessNewer(db, older, 10)).toBe(false); // the worker's save asked for earlier
    expect(await db.docs.get(older.key)).toEqual({ ...newer, updatedAt: 20 });
    expect(await saveDocUnlessNewer(db, newer, 21)).toBe(true); // the worker's save of the same doc, later
    expect(await lastDoc(db)).toEqual({ ...newer, updatedAt: 21 });
    db.close();
  });
});
