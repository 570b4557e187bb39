import { browser } from 'wxt/browser';
import { serialQueue } from '@/lib/serial';
import { getDB } from '@/lib/db/database';
import { onMessage } from '@/lib/ext/messaging';
import { loadSettings } from '@/lib/ext/settings';
import { deliverReports, type DeliverResult } from '@/lib/report/deliver';
import { reportDestination } from '@/lib/report/destination';

// Gap-report delivery: every 5 minutes by alarm (alarms and the IndexedDB queue survive restarts), at
// browser start, and when the panel queues a report.
const ALARM = 'kefu-reports';
const serial = serialQueue();

export function flushReports(force = false): Promise<DeliverResult & { destination: string | null }> {
  const run = async () => {
    const db = getDB();
    const destination = await reportDestination(db, (await loadSettings()).reportDestination);
    const r = await deliverReports(db, { destination, force });
    return { ...r, destination: destination ?? null };
  };
  return serial(run);
}

export function setupReports(): void {
  const start = () => {
    void browser.alarms.create(ALARM, { periodInMinutes: 5 });
    void flushReports().catch((e) => console.error('[kefu-assist] report delivery failed', e));
  };
  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === ALARM) void flushReports().catch((e) => console.error('[kefu-assist] report delivery failed', e));
  });
  onMessage('reports/flush', ({ force }) => flushReports(force));
}
