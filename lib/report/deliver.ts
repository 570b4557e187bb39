import type { AppDB } from '../db/database';
import type { GapReportRow } from '../db/types';
import { retryDelayMs } from '../feed/backoff';
import type { GapReport } from './schema';
import { webhookRequest } from './webhooks';

// Delivery of queued gap reports. The queue lives in IndexedDB and the worker's alarm drives it, so
// retries survive browser restarts. Each report carries its id (Idempotency-Key for JSON endpoints, and in
// every chat message) so a receiver can drop duplicates; a report is only marked sent after a 2xx.

export const GIVE_UP_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export type Fetch = typeof fetch;

export interface DeliverOptions {
  destination: string | undefined;
  fetch?: Fetch;
  now?: number;
  timeoutMs?: number;
  /** Ignore backoff (the agent pressed "Send now"). */
  force?: boolean;
}

export interface DeliverResult {
  sent: string[];
  failed: { id: string; error: string }[];
  gaveUp: string[];
}

/** Chat webhooks answer 200 with an error code in the body (飞书 code, 钉钉/企业微信 errcode). */
function bodyError(text: string): string | undefined {
  try {
    const j = JSON.parse(text) as { code?: number; errcode?: number; msg?: string; errmsg?: string; StatusCode?: number };
    const code = j.errcode ?? j.code ?? j.StatusCode;
    if (typeof code === 'number' && code !== 0) return `the service refused it (code ${code}${j.errmsg ?? j.msg ? `: ${j.errmsg ?? j.msg}` : ''})`;
  } catch {
    /* not JSON: fine (Slack answers "ok") */
  }
  return undefined;
}

async function sendOne(fetchImpl: Fetch, destination: string, report: GapReport, timeoutMs: number): Promise<string | undefined> {
  const req = webhookRequest(destination, report);
  let res: Response;
  try {
    res = await fetchImpl(req.url, { ...req.init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    return (e as Error).name === 'TimeoutError' ? 'the destination did not answer in time' : 'the destination could not be reached';
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) return `the destination answered ${res.status}`;
  return bodyError(text);
}

export async function deliverReports(db: AppDB, options: DeliverOptions): Promise<DeliverResult> {
  const now = options.now ?? Date.now();
  const result: DeliverResult = { sent: [], failed: [], gaveUp: [] };
  if (!options.destination) return result;
  const fetchImpl = options.fetch ?? fetch.bind(globalThis);
  const due = (await db.gapReports.where('status').anyOf('local', 'queued').toArray())
    .filter((r) => options.force || !r.nextAttemptAt || r.nextAttemptAt <= now)
    .sort((a, b) => a.createdAt - b.createdAt);
  for (const row of due) {
    const error = await sendOne(fetchImpl, options.destination, row.report as unknown as GapReport, options.timeoutMs ?? 15_000);
    if (!error) {
      await db.gapReports.update(row.id, { status: 'sent', sentAt: now, destination: options.destination, lastError: undefined, nextAttemptAt: undefined });
      result.sent.push(row.id);
      continue;
    }
    const attempts = (row.attempts ?? 0) + 1;
    const gaveUp = now - row.createdAt >= GIVE_UP_AFTER_MS;
    const patch: Partial<GapReportRow> = {
      status: gaveUp ? 'failed' : 'queued',
      attempts,
      lastError: error,
      nextAttemptAt: now + retryDelayMs(attempts, { maxMs: 60 * 60 * 1000 }),
    };
    await db.gapReports.update(row.id, patch);
    if (gaveUp) result.gaveUp.push(row.id);
    else result.failed.push({ id: row.id, error });
  }
  return result;
}

/** Put undeliverable reports back in the queue (after the agent fixed the destination). */
export async function retryFailed(db: AppDB): Promise<number> {
  return db.gapReports.where('status').equals('failed').modify({ status: 'queued', nextAttemptAt: undefined });
}
