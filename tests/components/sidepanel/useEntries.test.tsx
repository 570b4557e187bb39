import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEntries } from '@/components/sidepanel/useEntries';
import { AppDB } from '@/lib/db/database';
import type { EntryRow } from '@/lib/db/types';

// Entries of the shown suggestions come from IndexedDB (fake-indexeddb here). When the knowledge changes
// (a new generation: an insert taught a phrasing, a pack synced), the cards on screen must not vanish while
// their fresh rows are read; a new question's entries that were never read are still "loading" (null).

const row = (id: string, answer: string, packId = 'p'): EntryRow => ({
  key: `${packId}/${id}`, packId, entry: { id, title: id, questions: [id], answer },
});

let db: AppDB;
let root: HTMLElement;
const seen: (ReadonlyMap<string, EntryRow> | null)[] = [];
function Probe({ keys, generation, packs }: { keys: string[]; generation: number; packs: Set<string> }) {
  seen.push(useEntries(db, keys, generation, packs));
  return null;
}
const last = () => seen[seen.length - 1];
const answers = (m: ReadonlyMap<string, EntryRow> | null | undefined) => (m ? [...m.values()].map((r) => r.entry.answer) : null);

beforeEach(async () => {
  db = new AppDB(`entries-test-${Math.random()}`);
  await db.entries.bulkPut([row('a', 'A1'), row('b', 'B1'), row('c', 'C1'), row('x', 'X1', 'off')]);
  seen.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
  await db.delete();
});

describe('useEntries', () => {
  const packs = new Set(['p']);
  const show = (keys: string[], generation: number, on = packs) => act(() => render(<Probe keys={keys} generation={generation} packs={on} />, root));

  it('reads the entries of the hits, and only of switched-on packs', async () => {
    await show(['p/a', 'p/b', 'off/x'], 1);
    expect(last()).toBeNull();
    await vi.waitFor(() => expect(answers(last())).toEqual(['A1', 'B1']));
  });

  it('keeps the cards on screen when the knowledge changes, then shows the fresh rows', async () => {
    await show(['p/a', 'p/b'], 1);
    await vi.waitFor(() => expect(answers(last())).toEqual(['A1', 'B1']));
    await db.entries.put(row('a', 'A2'));
    const before = seen.length;
    await show(['p/a', 'p/b'], 2);
    // Not one render without the cards.
    expect(seen.slice(before).every((m) => m !== null)).toBe(true);
    await vi.waitFor(() => expect(answers(last())).toEqual(['A2', 'B1']));
    expect(seen.slice(before).every((m) => m !== null)).toBe(true);
  });

  it('a new question after a knowledge change waits for entries it never read (no wrong cards)', async () => {
    await show(['p/a'], 1);
    await vi.waitFor(() => expect(answers(last())).toEqual(['A1']));
    await show(['p/c', 'p/a'], 2);
    expect(last()).toBeNull();
    await vi.waitFor(() => expect(answers(last())).toEqual(['C1', 'A1']));
  });

  it('a pack switched off disappears at once, even from the cards kept on screen', async () => {
    await show(['p/a', 'p/b'], 1);
    await vi.waitFor(() => expect(answers(last())).toEqual(['A1', 'B1']));
    await show(['p/a', 'p/b'], 2, new Set());
    expect(answers(last())).toEqual([]);
  });

  it('keeps only the cards on screen from the previous knowledge, not every entry read before', async () => {
    await show(['p/a'], 1);
    await vi.waitFor(() => expect(answers(last())).toEqual(['A1']));
    await show(['p/b'], 1);
    await vi.waitFor(() => expect(answers(last())).toEqual(['B1']));
    // Knowledge changes while p/b is on screen: p/a (read earlier, not shown) must be read again, not served stale.
    await db.entries.put(row('a', 'A2'));
    await show(['p/a'], 2);
    expect(last()).toBeNull();
    await vi.waitFor(() => expect(answers(last())).toEqual(['A2']));
  });
});
