import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import type { EntryRow } from '@/lib/db/types';

type Rows = Map<string, EntryRow | null>;
const MAX_CACHED = 300;

/** The cached rows of these keys only. */
const only = (rows: Rows, keys: readonly string[]): Rows => new Map(keys.filter((k) => rows.has(k)).map((k) => [k, rows.get(k)!] as const));

/**
 * The entries of the current hits, read from IndexedDB on demand and cached until the knowledge changes:
 * the panel never holds a whole 50,000-entry pack in memory, and a pack change never stalls it.
 * Returns null while the entries of these keys are being read.
 */
export function useEntries(db: AppDB, keys: readonly string[], generation: number, enabledPacks: ReadonlySet<string>): ReadonlyMap<string, EntryRow> | null {
  const cache = useRef<{ generation: number; rows: Rows; prev: Rows }>({ generation, rows: new Map(), prev: new Map() });
  // The keys of the previous render: the cards on screen.
  const shown = useRef<readonly string[]>([]);
  // The knowledge changed (an insert taught a phrasing, a pack synced): the cards on screen stay, from the
  // previous read, until their fresh rows arrive — the list must not blink after every insert.
  if (cache.current.generation !== generation) cache.current = { generation, rows: new Map(), prev: only(cache.current.rows, shown.current) };
  // A long shift of searches reads many entries: past the cap, keep only the ones shown now.
  if (cache.current.rows.size > MAX_CACHED) cache.current.rows = only(cache.current.rows, keys);
  const [, setLoaded] = useState(0);
  const missing = keys.filter((k) => !cache.current.rows.has(k));
  const wanted = missing.join('\n');

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const ask = wanted.split('\n');
    const gen = generation;
    void db.entries
      .bulkGet(ask)
      .catch((e: unknown) => {
        // The database is unavailable for a moment (e.g. being upgraded): show what can be shown, not nothing forever.
        console.warn('[kefu-assist] reading entries failed', e);
        return ask.map(() => undefined);
      })
      .then((rows) => {
        if (!live || cache.current.generation !== gen) return;
        ask.forEach((k, i) => {
          const row = rows[i];
          cache.current.rows.set(k, row && enabledPacks.has(row.packId) ? row : null);
        });
        setLoaded((n) => n + 1);
      });
    return () => {
      live = false;
    };
  }, [db, wanted, generation]);

  shown.current = keys;
  const { rows, prev } = cache.current;
  if (missing.some((k) => !prev.has(k))) return null;
  const out = new Map<string, EntryRow>();
  for (const k of keys) {
    const row = rows.has(k) ? rows.get(k) : prev.get(k);
    if (row && enabledPacks.has(row.packId)) out.set(k, row);
  }
  return out;
}
