import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AppDB } from '@/lib/db/database';
import type { GapReportRow } from '@/lib/db/types';
import { sendMessage } from '@/lib/ext/messaging';
import { loadSettings, saveSettings } from '@/lib/ext/settings';
import { checkFeedUrl, isLoopbackHost } from '@/lib/feed/schema';
import type { Translate } from '@/lib/i18n';
import { detectWebhookKind, reportsToCsv, reportsToJsonl, type GapReport } from '@/lib/report';
import { retryFailed } from '@/lib/report/deliver';
import { downloadText } from '../download';

const stamp = () => new Date().toISOString().slice(0, 10);

export function ReportsSection({ db, t }: { db: AppDB; t: Translate }) {
  const [rows, setRows] = useState<GapReportRow[]>([]);
  const [destination, setDestination] = useState('');
  const [shareUsage, setShareUsage] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => {
      setDestination(s.reportDestination);
      setShareUsage(s.shareUsage);
    });
    const sub = liveQuery(() => db.gapReports.orderBy('createdAt').reverse().toArray()).subscribe({ next: setRows });
    return () => sub.unsubscribe();
  }, [db]);

  async function save(e: Event) {
    e.preventDefault();
    if (!destination.trim()) {
      await saveSettings({ reportDestination: '' });
      return setMessage({ kind: 'ok', text: t('saved') });
    }
    const checked = checkFeedUrl(destination);
    if (!checked.ok) return setMessage({ kind: 'error', text: checked.error });
    const u = new URL(checked.url);
    // Chat webhooks do not allow cross-origin posts: the extension needs that host (asked now, on the click).
    if (!isLoopbackHost(u.hostname)) {
      const granted = await browser.permissions.request({ origins: [`${u.origin}/*`] }).catch(() => false);
      if (!granted) return setMessage({ kind: 'error', text: t('destinationNeedsPermission') });
    }
    await saveSettings({ reportDestination: checked.url });
    setMessage({ kind: 'ok', text: `${t('saved')} (${detectWebhookKind(checked.url)})` });
  }

  async function flush() {
    const r = await sendMessage('reports/flush', { force: true });
    // A report given up on (a week of failures) failed too: it is not in r.failed, and "0 sent" would hide it.
    setMessage(
      !r.destination
        ? { kind: 'error', text: t('noDestination') }
        : r.failed.length
          ? { kind: 'error', text: `${t('sendFailed')}: ${r.failed[0]!.error}` }
          : r.gaveUp.length
            ? { kind: 'error', text: `${t('sendFailed')}: ${t('reportsFailed')}` }
            : { kind: 'ok', text: t('sentCount', { n: r.sent.length }) },
    );
  }

  const reports = rows.map((r) => r.report as unknown as GapReport);
  const count = (s: GapReportRow['status']) => rows.filter((r) => r.status === s).length;
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reports')}</h2>
      <p class="muted">{t('reportsHelp')}</p>
      <form class="row" onSubmit={(e) => void save(e)}>
        <label for="report-destination">{t('reportDestination')}</label>
        <input id="report-destination" data-testid="report-destination" type="url" placeholder="https://open.feishu.cn/open-apis/bot/v2/hook/…" value={destination}
          onInput={(e) => setDestination((e.target as HTMLInputElement).value)} />
        <button type="submit" class="primary" data-testid="save-destination">{t('save')}</button>
      </form>
      <label class="row">
        <input type="checkbox" checked={shareUsage} onChange={(e) => {
          const on = (e.target as HTMLInputElement).checked;
          setShareUsage(on);
          void saveSettings({ shareUsage: on });
        }} />
        {t('shareUsage')}
      </label>
      {message && <p class={`status status-${message.kind}`} role="status" data-testid="reports-message">{message.text}</p>}
      <p data-testid="report-counts">
        {t('reportCounts', { local: count('local'), queued: count('queued'), sent: count('sent'), failed: count('failed') })}
      </p>
      {count('failed') > 0 && <p class="notice" role="alert">{t('reportsFailed')}</p>}
      <div class="row">
        <button type="button" data-testid="send-reports" onClick={() => void flush()}>{t('sendNow')}</button>
        <button type="button" disabled={!count('failed')} onClick={() => void retryFailed(db).then(flush)}>{t('retryFailed')}</button>
        <button type="button" data-testid="export-csv" disabled={!rows.length} onClick={() => downloadText(`gap-reports-${stamp()}.csv`, reportsToCsv(reports, { bom: true }), 'text/csv')}>{t('exportCsv')}</button>
        <button type="button" data-testid="export-json" disabled={!rows.length} onClick={() => downloadText(`gap-reports-${stamp()}.jsonl`, reportsToJsonl(reports), 'application/x-ndjson')}>{t('exportJson')}</button>
      </div>
    </section>
  );
}
