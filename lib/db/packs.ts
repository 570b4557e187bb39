import { buildIndex, INDEX_VERSION, type MatchEntry } from '../match';
import type { Pack } from '../pack/schema';
import type { AppDB } from './database';
import type { EntryRow, PackRow, PackSource, ScriptRow } from './types';

// Applying, removing and switching packs. Every change rewrites the stored search index in the same
// transaction, so a reader sees either the old pack and its index or the new ones, never a mix — also when
// the worker is killed half-way (IndexedDB then aborts the transaction).

export const entryKey = (packId: string, entryId: string) => `${packId}/${entryId}`;

const knownPackFields = new Set(['format', 'id', 'version', 'title', 'locale', 'publishedAt', 'entries', 'scripts', 'synonyms']);

export interface PackChange {
  pack: Pack;
  source: PackSource;
  sha256?: string;
}

function packRow(change: PackChange, enabled: 0 | 1): PackRow {
  const { pack, source, sha256 } = change;
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
    ...(sha256 ? { sha256 } : {}),
  };
}

const tables = (db: AppDB) => [db.packs, db.entries, db.scripts, db.searchIndex, db.packHistory, db.baselines];

/** Rebuild a stored pack as a kbpack/1 object (for history, export and diffs). */
export async function loadPack(db: AppDB, packId: string): Promise<Pack | undefined> {
  const row = await db.packs.get(packId);
  if (!row) return undefined;
  const entries = (await db.entries.where('packId').equals(packId).toArray()).map((r) => r.entry);
  const scripts = (await db.scripts.where('packId').equals(packId).toArray()).map((r) => r.script);
  return {
    ...row.extra,
    format: 'kbpack/1',
    id: row.id,
    version: row.version,
    title: row.title,
    locale: row.locale,
    publishedAt: row.publishedAt,
    entries,
    ...(scripts.length ? { scripts } : {}),
    ...(row.synonyms.length ? { synonyms: row.synonyms } : {}),
  } as Pack;
}

/** Keep the installed version of a pack as its rollback copy (and "What's new" baseline) before it changes. */
async function keepPrevious(db: AppDB, previous: PackRow): Promise<void> {
  const old = await loadPack(db, previous.id);
  if (!old) return;
  await db.packHistory.put({ packId: previous.id, savedAt: Date.now(), source: previous.source, sha256: previous.sha256, pack: old });
  // "What's new" diffs from what the agent last acknowledged; keep the oldest unacknowledged baseline.
  if (!(await db.baselines.get(previous.id))) await db.baselines.put({ packId: previous.id, version: old.version, entries: old.entries });
}

async function writePack(db: AppDB, change: PackChange): Promise<void> {
  const { pack } = change;
  const previous = await db.packs.get(pack.id);
  // A republished file under the same version (new sha256) is a new version too: keep rollback and What's new.
  const republished = !!previous?.sha256 && !!change.sha256 && previous.sha256 !== change.sha256;
  if (previous && (previous.version !== pack.version || republished)) await keepPrevious(db, previous);
  await db.entries.where('packId').equals(pack.id).delete();
  await db.scripts.where('packId').equals(pack.id).delete();
  await db.entries.bulkPut(
    pack.entries.map((entry): EntryRow => ({ key: entryKey(pack.id, entry.id), packId: pack.id, category: entry.category, entry })),
  );
  await db.scripts.bulkPut(
    (pack.scripts ?? []).map((script): ScriptRow => ({ key: entryKey(pack.id, script.id), packId: pack.id, emotion: script.emotion, script })),
  );
  await db.packs.put(packRow(change, previous?.enabled ?? 1));
}

async function deletePack(db: AppDB, packId: string, keepHistory: boolean): Promise<void> {
  const previous = keepHistory ? await db.packs.get(packId) : undefined;
  if (previous) await keepPrevious(db, previous);
  await db.entries.where('packId').equals(packId).delete();
  await db.scripts.where('packId').equals(packId).delete();
  await db.packs.delete(packId);
  if (keepHistory) return;
  await db.packHistory.delete(packId);
  await db.baselines.delete(packId);
}

/**
 * Apply several pack changes and removals as ONE transaction with one index rebuild. `beforeCommit` runs
 * last inside the transaction (tests use it to simulate a worker killed before the commit).
 */
export async function applyChanges(
  db: AppDB,
  /** keepHistory: removed packs keep a rollback copy and baseline (a feed that drops a pack by mistake and lists it again). */
  changes: { apply?: PackChange[]; remove?: string[]; keepHistory?: boolean },
  hooks: { beforeCommit?: () => void | Promise<void> } = {},
): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    for (const c of changes.apply ?? []) await writePack(db, c);
    for (const id of changes.remove ?? []) await deletePack(db, id, changes.keepHistory ?? false);
    await rebuildSearchIndex(db);
    await hooks.beforeCommit?.();
  });
}

/** Replace (or add) a validated pack, atomically, and rebuild the search index. */
export function applyPack(db: AppDB, pack: Pack, source: PackSource, sha256?: string): Promise<void> {
  return applyChanges(db, { apply: [{ pack, source, sha256 }] });
}

export function removePack(db: AppDB, packId: string): Promise<void> {
  return applyChanges(db, { remove: [packId] });
}

export type RollbackResult = { ok: true; from: string; to: string } | { ok: false; error: string };

/**
 * Put the previous version back (the current one becomes the history, so rollback can be undone).
 * With no earlier version kept, nothing changes and the error says so in plain words.
 */
export async function rollbackPack(db: AppDB, packId: string): Promise<RollbackResult> {
  return db.transaction('rw', tables(db), async (): Promise<RollbackResult> => {
    const current = await db.packs.get(packId);
    if (!current) return { ok: false, error: `The pack "${packId}" is not installed, so there is nothing to roll back.` };
    const history = await db.packHistory.get(packId);
    if (!history) return { ok: false, error: `No earlier version of "${current.title}" is kept on this computer (only v${current.version}); nothing was changed.` };
    await writePack(db, { pack: history.pack, source: history.source, sha256: history.sha256 });
    await rebuildSearchIndex(db);
    return { ok: true, from: current.version, to: history.pack.version };
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
  // A database from before the stored index (v1) has packs but no index yet, and an index written by an
  // older engine cannot be read by this one: build it once.
  const stored = await db.searchIndex.get('active');
  const readable = (stored?.data as { version?: number } | undefined)?.version === INDEX_VERSION;
  if (!readable && (await db.packs.count()) > 0) {
    await db.transaction('rw', tables(db), () => rebuildSearchIndex(db));
  }
  for (const pack of bundled) {
    const row = await db.packs.get(pack.id);
    if (row && (row.source !== 'bundled' || row.version === pack.version)) continue;
    await applyPack(db, pack, 'bundled');
    imported.push(pack.id);
  }
  return imported;
}
