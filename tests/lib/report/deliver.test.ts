// @vitest-environment node
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppDB } from '@/lib/db/database';
import { buildReport } from '@/lib/report/build';
import { deliverReports, GIVE_UP_AFTER_MS, retryFailed } from '@/lib/report/deliver';
import { startReceiver, type Receiver } from '../../support/report-receiver';

// Delivery against a real receiver on 127.0.0.1: failures then recovery, a restart in the middle, duplicates
// ignored by id. Nothing is lost; nothing is sent twice without the same id.

let receiver: Receiver;
let name: string;
let db: AppDB;

async function queue(question: string, createdAt = Date.now()) {
  const r = buildReport({
    kind: 'missing', question, previous: [], console: { id: 'pinduoduo', name: '拼多多' }, suggestions: [], packs: [],
    emotion: { main: 'neutral', urgency: 'low' }, agent: '小李', locale: 'zh-CN',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  await db.gapReports.put({ id: r.report.id, createdAt, status: 'queued', report: r.report as unknown as Record<string, unknown> });
  return r.report.id;
}

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(async () => {
  name = `deliver-${Math.random().toString(36).slice(2)}`;
  db = new AppDB(name);
  receiver.reports.clear();
  receiver.hits.length = 0;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('report delivery', () => {
  it('sends queued reports (masked) and marks them sent', async () => {
    const id = await queue('我的手机13812345678，怎么还没发货');
    const r = await deliverReports(db, { destination: receiver.url });
    expect(r.sent).toEqual([id]);
    expect((await db.gapReports.get(id))?.status).toBe('sent');
    const got = receiver.reports.get(id) as { question: string };
    expect(got.question).not.toContain('13812345678');
    expect(got.question).toContain('〔phone〕');
  });

  it('without a destination reports stay local', async () => {
    const id = await queue('发票怎么开');
    expect(await deliverReports(db, { destination: undefined })).toEqual({ sent: [], failed: [], gaveUp: [] });
    expect((await db.gapReports.get(id))?.status).toBe('queued');
    expect(receiver.hits).toEqual([]);
  });

  it('failures back off, survive a restart, then recover; nothing lost', async () => {
    const ids = [await queue('问题一'), await queue('问题二'), await queue('问题三')];
    receiver.failNext(3);
    const t0 = Date.now();
    const first = await deliverReports(db, { destination: receiver.url, now: t0 });
    expect(first.failed.map((f) => f.id).sort()).toEqual([...ids].sort());
    const row = await db.gapReports.get(ids[0]!);
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row!.nextAttemptAt!).toBeGreaterThan(t0);
    // Not due yet: nothing is sent.
    expect((await deliverReports(db, { destination: receiver.url, now: t0 + 1 })).sent).toEqual([]);
    // The browser restarts: a new connection to the same database finds the queue intact.
    db.close();
    db = new AppDB(name);
    const later = await deliverReports(db, { destination: receiver.url, now: t0 + 24 * 3600_000 });
    expect(later.sent.sort()).toEqual([...ids].sort());
    expect([...receiver.reports.keys()].sort()).toEqual([...ids].sort());
  });

  it('a lost response makes a resend with the same id, which the receiver ignores', async () => {
    const id = await queue('能开专票吗');
    receiver.failNext(1, 'after-store');
    await deliverReports(db, { destination: receiver.url });
    expect((await db.gapReports.get(id))?.status).toBe('queued');
    await deliverReports(db, { destination: receiver.url, force: true });
    expect((await db.gapReports.get(id))?.status).toBe('sent');
    expect(receiver.hits.map((h) => h.id)).toEqual([id, id]);
    expect(receiver.reports.size).toBe(1);
  });

  it('after a week of failures a report is marked failed (the agent is told), kept, and can be retried', async () => {
    const id = await queue('老问题', Date.now() - GIVE_UP_AFTER_MS - 1000);
    receiver.failNext(1);
    const r = await deliverReports(db, { destination: receiver.url });
    expect(r.gaveUp).toEqual([id]);
    expect((await db.gapReports.get(id))?.status).toBe('failed');
    expect(await retryFailed(db)).toBe(1);
    expect((await deliverReports(db, { destination: receiver.url })).sent).toEqual([id]);
  });

  it('an unreachable destination is a plain-words error, and the report stays queued', async () => {
    const id = await queue('在吗');
    const r = await deliverReports(db, { destination: 'http://127.0.0.1:9/reports', timeoutMs: 2000 });
    expect(r.failed[0]?.error).toMatch(/could not be reached|did not answer/);
    expect((await db.gapReports.get(id))?.status).toBe('queued');
  });
});
