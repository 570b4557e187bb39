import type { AppDB } from './database';
import type { LearnedPhrasing } from './types';

// Phrasings learned from agents' inserts: the buyer's question becomes an extra phrasing of the entry the
// agent chose, on this machine only. Bounded so a busy shop cannot grow it forever; each can be removed.
export const MAX_LEARNED = 2000;
const MAX_TEXT = 300;

export async function learnPhrasing(db: AppDB, entryKey: string, question: string, now = Date.now()): Promise<LearnedPhrasing | undefined> {
  const text = question.trim().slice(0, MAX_TEXT);
  if (!text) return undefined;
  return db.transaction('rw', db.learned, async () => {
    const same = await db.learned.where('entryKey').equals(entryKey).filter((l) => l.text === text).first();
    if (same) return undefined;
    const row: LearnedPhrasing = { entryKey, text, at: now };
    row.seq = await db.learned.add(row);
    const extra = (await db.learned.count()) - MAX_LEARNED;
    if (extra > 0) await db.learned.orderBy('seq').limit(extra).delete();
    return row;
  });
}

export async function forgetPhrasing(db: AppDB, seq: number): Promise<void> {
  await db.learned.delete(seq);
}

export function listLearned(db: AppDB): Promise<LearnedPhrasing[]> {
  return db.learned.orderBy('seq').toArray();
}
