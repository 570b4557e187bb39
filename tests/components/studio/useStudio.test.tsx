import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StudioWorker } from '@/components/studio/studio-worker-client';
import { useStudio, type Studio } from '@/components/studio/useStudio';
import { StudioDB } from '@/lib/studio/db';
import { updateEntry } from '@/lib/studio/doc';
import { shopDoc } from '../../lib/studio/helpers';
import { WorkerEnd } from './worker-end';

let n = 0;
let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  localStorage.clear();
});

/** useStudio on a real StudioDB, with the worker's end of the protocol in this thread. */
async function mount() {
  const end = new WorkerEnd();
  const worker = new StudioWorker(end.asWorker());
  const db = new StudioDB(`use-studio-${++n}`);
  const out: { studio?: Studio } = {};
  function Host() {
    out.studio = useStudio(db, worker);
    return null;
  }
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Host />, root!));
  await vi.waitFor(() => expect(out.studio?.loaded).toBe(true));
  return { end, db, studio: () => out.studio! };
}

describe('useStudio saves', () => {
  it('a hidden tab writes the last edits from the page, not only through a busy worker', async () => {
    const { end, db, studio } = await mount();
    const doc = shopDoc();
    await act(() => studio().open(doc));
    await vi.waitFor(() => expect(end.saved).toEqual(doc));
    // The worker is busy with heavy work (its save would wait behind it) when the tab goes away.
    end.answer = false;
    const uid = doc.entries[0]!.uid;
    await act(() => studio().change((d) => updateEntry(d, uid, { answer: 'last words before closing' })));
    await act(() => void window.dispatchEvent(new Event('pagehide')));
    await vi.waitFor(async () => {
      const stored = await db.docs.get(doc.key);
      expect(stored?.entries.find((e) => e.uid === uid)?.answer).toBe('last words before closing');
    });
    db.close();
  });

  it('when the worker has stopped, saves are written from the page and reported saved', async () => {
    const { end, db, studio } = await mount();
    const doc = shopDoc();
    await act(() => studio().open(doc));
    await vi.waitFor(() => expect(studio().save.state).toBe('saved'));
    end.crash('worker script failed to load');
    const uid = doc.entries[0]!.uid;
    await act(() => studio().change((d) => updateEntry(d, uid, { answer: 'written without the worker' })));
    await act(() => studio().flush());
    expect(studio().save).toEqual({ state: 'saved' });
    const stored = await db.docs.get(doc.key);
    expect(stored?.entries.find((e) => e.uid === uid)?.answer).toBe('written without the worker');
    db.close();
  });
});
