import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import type { PackRow, ScriptRow } from '@/lib/db/types';
import { Matcher } from '@/lib/match';

export interface Knowledge {
  matcher: Matcher;
  /** Packs switched on: entries of other packs are never shown. Entries are read on demand (useEntries). */
  enabledPacks: ReadonlySet<string>;
  scripts: ScriptRow[];
  packs: PackRow[];
  builtAt: number;
}

// Loads the stored search index (never rebuilt here), scripts and pack list, and reloads when a pack changes:
// the index row's builtAt moves on every applied pack. Entries are read per suggestion, not all at once.
export function useKnowledge(db: AppDB): { knowledge: Knowledge | null; error: string | null } {
  const [knowledge, setKnowledge] = useState<Knowledge | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let loadedAt = -1;
    let latest = 0;
    const sub = liveQuery(() => db.searchIndex.get('active')).subscribe({
      next: async (row) => {
        if (!row || row.builtAt === loadedAt) return;
        loadedAt = row.builtAt;
        const generation = ++latest;
        try {
          const [scripts, packs, learned] = await Promise.all([
            db.scripts.toArray(),
            db.packs.toArray(),
            db.learned.toArray(),
          ]);
          const enabled = new Set(packs.filter((p) => p.enabled === 1).map((p) => p.id));
          if (generation !== latest) return; // a newer pack change is loading already
          const matcher = Matcher.fromIndex(row.data as never);
          matcher.addLearned(learned.map((l) => ({ entryId: l.entryKey, text: l.text })));
          setKnowledge({
            matcher,
            enabledPacks: enabled,
            scripts: scripts.filter((s) => enabled.has(s.packId)),
            packs,
            builtAt: row.builtAt,
          });
          setError(null);
        } catch (e) {
          setError((e as Error).message);
        }
      },
      error: (e: unknown) => setError(String(e)),
    });
    return () => sub.unsubscribe();
  }, [db]);

  // Phrasings learned or forgotten (options page, another panel) apply without reloading the index.
  const matcher = knowledge?.matcher;
  useEffect(() => {
    if (!matcher) return;
    let first = true;
    const sub = liveQuery(() => db.learned.toArray()).subscribe({
      next: (learned) => {
        if (first) return void (first = false); // loaded with the index already
        matcher.removeLearned();
        matcher.addLearned(learned.map((l) => ({ entryId: l.entryKey, text: l.text })));
        setKnowledge((k) => (k && k.matcher === matcher ? { ...k } : k));
      },
    });
    return () => sub.unsubscribe();
  }, [db, matcher]);

  return { knowledge, error };
}
