import { buildIndex, type MatchEntry } from '../match';
import type { Pack } from '../pack/schema';
import type { AppDB } from './database';
import type { EntryRow, PackRow, PackSource, ScriptRow } from './types';

// Applying, removing and switching packs. Every change rewrites the stored search index in the same
// transaction, so a reader sees either the old pack and its index or the new ones, never a mix.

export const entryKey = (packId: string, entryId: string) => `${packId}/${entryId}`;

const knownPackFields = new Set(['format', 'id', 'version', 'title', 'locale', 'publishedAt', 'entries', 'scripts', 'synonyms']);

function packRow(pack: Pack, source: PackSource, enabled: 0 | 1): PackRow {
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pack)) if (!knownPackFields.has(k)) extra[k] = v;
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    locale: pack.locale,
    publishedAt: pack.publishedAt,
    source,
    enabled,
    importedAt: Date.now(),
    entryCount: pack.entries.length,
    scriptCount: pack.scripts?.length ?? 0,
    synonyms: pack.synonyms ?? [],
    extra,
  };
}

const tables = (db: AppDB) => [db.packs, db.entries, db.scripts, db.searchIndex];

/** Replace (or add) a validated pack, atomically, and rebuild the search index. */
export async function applyPack(db: AppDB, pack: Pack, source: PackSource): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const previous = await db.packs.get(pack.id);
    await db.entries.where('packId').equals(pack.id).delete();
    await db.scripts.where('packId').equals(pack.id).delete();
    await db.entries.bulkPut(
      pack.entries.map((entry): EntryRow => ({ key: entryKey(pack.id, entry.id), packId: pack.id, category: entry.category, entry })),
    );
    await db.scripts.bulkPut(
      (pack.scripts ?? []).map((script): ScriptRow => ({ key: entryKey(pack.id, script.id), packId: pack.id, emotion: script.emotion, script })),
    );
    await db.packs.put(packRow(pack, source, previous?.enabled ?? 1));
    await rebuildSearchIndex(db);
  });
}

export async function removePack(db: AppDB, packId: string): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await db.entries.where('packId').equals(packId).delete();
    await db.scripts.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    await rebuildSearchIndex(db);
  });
}

export async function setPackEnabled(db: AppDB, packId: string, enabled: boolean): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await db.packs.update(packId, { enabled: enabled ? 1 : 0 });
    await rebuildSearchIndex(db);
  });
}

/** Build the combined index over every enabled pack. Call inside a transaction that covers `tables(db)`. */
export async function rebuildSearchIndex(db: AppDB): Promise<void> {
  const packs = (await db.packs.toArray()).filter((p) => p.enabled === 1);
  const entries: MatchEntry[] = [];
  for (const p of packs) {
    const rows = await db.entries.where('packId').equals(p.id).toArray();
    for (const r of rows) entries.push({ ...r.entry, id: r.key });
  }
  const data = buildIndex(entries, { synonyms: packs.flatMap((p) => p.synonyms) });
  await db.searchIndex.put({ id: 'active', builtAt: Date.now(), packs: packs.map((p) => ({ id: p.id, version: p.version })), data });
}

/**
 * Import the packs that ship with the extension when missing or older. Idempotent; called on install,
 * on browser start and by the panel when it opens first, so the product works with no network.
 */
export async function ensureBundledPacks(db: AppDB, bundled: Pack[]): Promise<string[]> {
  const imported: string[] = [];
  for (const pack of bundled) {
    const row = await db.packs.get(pack.id);
    if (row && (row.source !== 'bundled' || row.version === pack.version)) continue;
    await applyPack(db, pack, 'bundled');
    imported.push(pack.id);
  }
  return imported;
}
