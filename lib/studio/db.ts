import Dexie, { type Table } from 'dexie';
import * as v1 from './migrations/v1';
import type { StudioDoc } from './types';

export const STUDIO_DB_NAME = 'kefu-studio';

export interface MetaRow {
  key: string;
  value: unknown;
}

export class StudioDB extends Dexie {
  docs!: Table<StudioDoc, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = STUDIO_DB_NAME) {
    super(name);
    // One file per version in ./migrations, each tested in tests/lib/studio/db.test.ts.
    this.version(v1.version).stores(v1.stores);
  }
}

const LAST_DOC = 'lastDoc';

/** Save a working copy (autosave) and remember it as the one to reopen. */
export async function saveDoc(db: StudioDB, doc: StudioDoc, now = Date.now()): Promise<StudioDoc> {
  const saved = { ...doc, updatedAt: now };
  await db.transaction('rw', db.docs, db.meta, async () => {
    await db.docs.put(saved);
    await db.meta.put({ key: LAST_DOC, value: doc.key });
  });
  return saved;
}

/**
 * Save unless the stored copy of this doc is newer than `now`: the worker's autosave, which may be queued
 * behind heavy work while the page has already written a later copy itself (tab hidden). Returns whether it wrote.
 */
export async function saveDocUnlessNewer(db: StudioDB, doc: StudioDoc, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.docs, db.meta, async () => {
    const stored = await db.docs.get(doc.key);
    if (stored && stored.updatedAt > now) return false;
    await db.docs.put({ ...doc, updatedAt: now });
    await db.meta.put({ key: LAST_DOC, value: doc.key });
    return true;
  });
}

/** Working copies, newest first (headers only would be cheaper, but docs are small and few). */
export function listDocs(db: StudioDB): Promise<StudioDoc[]> {
  return db.docs.orderBy('updatedAt').reverse().toArray();
}

export async function lastDoc(db: StudioDB): Promise<StudioDoc | undefined> {
  const key = (await db.meta.get(LAST_DOC))?.value;
  return typeof key === 'string' ? db.docs.get(key) : undefined;
}

export async function deleteDoc(db: StudioDB, key: string): Promise<void> {
  await db.transaction('rw', db.docs, db.meta, async () => {
    await db.docs.delete(key);
    if ((await db.meta.get(LAST_DOC))?.value === key) await db.meta.delete(LAST_DOC);
  });
}

export async function forgetLastDoc(db: StudioDB): Promise<void> {
  await db.meta.delete(LAST_DOC);
}
