import type { Transaction } from 'dexie';

// v2: the stored search index (built on import, so opening the panel never rebuilds it), phrasings
// learned from agents' inserts, and an `enabled` flag on packs (the bundled pack can be switched off).
export const version = 2;
export const stores = {
  packs: 'id, source, enabled',
  searchIndex: 'id',
  learned: '++seq, entryKey, at',
};

export async function upgrade(tx: Transaction): Promise<void> {
  // Packs imported under v1 were all active.
  await tx
    .table('packs')
    .toCollection()
    .modify((p: { enabled?: number }) => {
      if (p.enabled === undefined) p.enabled = 1;
    });
}
