import { describe, expect, it } from 'vitest';
import { StudioWorker, WorkerFailed } from '@/components/studio/studio-worker-client';
import { updateEntry } from '@/lib/studio/doc';
import { shopDoc } from '../../lib/studio/helpers';
import { WorkerEnd } from './worker-end';

/** How each promise ended, once every answer already on its way has arrived (pending ones stay 'pending'). */
async function settleAll(ps: Promise<unknown>[]): Promise<unknown[]> {
  const out: unknown[] = ps.map(() => 'pending');
  ps.forEach((p, i) => p.then((v) => (out[i] = { value: v }), (e) => (out[i] = e)));
  await new Promise((r) => setTimeout(r, 0));
  return out;
}

function client() {
  const end = new WorkerEnd();
  return { end, worker: new StudioWorker(end.asWorker()) };
}

describe('studio worker client', () => {
  it('a resync sends the whole doc again, so the next save stores the page doc', async () => {
    const { end, worker } = client();
    const doc = shopDoc();
    await worker.save(doc);
    expect(end.saved).toBe(end.ws.doc);
    expect(end.saved?.entries.length).toBe(doc.entries.length);
    // The worker lost its copy (it restarted) and asks for the whole doc.
    end.ws.reset(null);
    end.reply({ id: -1, resync: true });
    const edited = updateEntry(doc, doc.entries[0]!.uid, { answer: 'after the resync' });
    await worker.save(edited);
    expect(end.saved).toEqual(edited);
  });

  it('a resync of the doc as it is (no edit since) still refills the worker', async () => {
    const { end, worker } = client();
    const doc = shopDoc();
    worker.sync(doc);
    await Promise.resolve();
    end.ws.reset(null);
    end.reply({ id: -1, resync: true });
    await worker.save(doc);
    expect(end.saved).toEqual(doc);
  });

  it('a worker that fails rejects the requests waiting and every later one, and says so once', async () => {
    const { end, worker } = client();
    const doc = shopDoc();
    worker.sync(doc);
    end.answer = false;
    const save = worker.save(doc);
    const search = worker.search('x', 0);
    await Promise.resolve();
    const seen: WorkerFailed[] = [];
    worker.onFailure((e) => seen.push(e));
    end.crash('failed to load');
    const outcomes = await settleAll([save, search, worker.overview(0), worker.lastDoc()]);
    expect(outcomes.map((o) => o instanceof WorkerFailed)).toEqual([true, true, true, true]);
    expect(String(outcomes[1])).toMatch(/failed to load/);
    expect(worker.failed).toBeInstanceOf(WorkerFailed);
    expect(end.terminated).toBe(true);
    end.onmessageerror?.();
    expect(seen).toHaveLength(1);
    // Subscribing late still hears of it.
    let late: WorkerFailed | null = null;
    worker.onFailure((e) => (late = e));
    expect(late).toBe(worker.failed);
  });
});
