import { useEffect, useState } from 'preact/hooks';
import type { AppDB } from '@/lib/db/database';
import type { Translate } from '@/lib/i18n';
import { questionsFromEvents, summarizeUsage, summaryToCsv, topUnanswered, type UnansweredGroup, type UsageSummary } from '@/lib/analytics';
import { downloadText } from '../download';

// Local, private usage numbers: nothing here leaves the browser unless the agent exports it.
export function AnalyticsSection({ db, t }: { db: AppDB; t: Translate }) {
  const [days, setDays] = useState(30);
  const [summary, setSummary] = useState<UsageSummary | null>(null);
  const [unanswered, setUnanswered] = useState<UnansweredGroup[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const since = Date.now() - days * 86_400_000;
      const events = await db.events.where('at').aboveOrEqual(since).toArray();
      const keys = [...new Set(events.map((e) => e.entryKey).filter((k): k is string => !!k))];
      const rows = await db.entries.bulkGet(keys);
      const entries = new Map(rows.filter((r) => !!r).map((r) => [r!.key, { title: r!.entry.title, category: r!.entry.category }]));
      const s = summarizeUsage(events, entries, { days });
      const u = topUnanswered(questionsFromEvents(events), 10);
      if (live) {
        setSummary(s);
        setUnanswered(u);
      }
    })();
    return () => {
      live = false;
    };
  }, [db, days]);

  if (!summary) return null;
  const review = summary.perEntry.filter((e) => e.needsReview);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    <section aria-labelledby="analytics-heading" data-testid="analytics">
      <h2 id="analytics-heading">{t('analytics')}</h2>
      <div class="row">
        <label for="analytics-days">{t('period')}</label>
        <select id="analytics-days" value={days} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}>
          {[1, 7, 30, 90].map((d) => <option key={d} value={d}>{t('lastDays', { n: d })}</option>)}
        </select>
        <button type="button" onClick={() => downloadText(`usage-${new Date().toISOString().slice(0, 10)}.csv`, summaryToCsv(summary), 'text/csv')}>{t('exportCsv')}</button>
      </div>
      <dl class="context stats">
        <dt>{t('questionsSeen')}</dt><dd data-testid="questions-seen">{summary.questionsSeen}</dd>
        <dt>{t('answerRate')}</dt><dd data-testid="answer-rate">{pct(summary.answerRate)}</dd>
        <dt>{t('insertedCount')}</dt><dd>{summary.inserted}</dd>
        <dt>{t('flaggedCount')}</dt><dd>{summary.flagged}</dd>
      </dl>
      <h3>{t('topUnanswered')}</h3>
      {unanswered.length ? (
        <ol>{unanswered.map((g) => <li key={g.representative}>{g.representative} <span class="muted">× {g.count}</span></li>)}</ol>
      ) : <p class="muted">—</p>}
      <h3>{t('needsReview')}</h3>
      {review.length ? (
        <table>
          <thead><tr><th>{t('packTitle')}</th><th>{t('shownCount')}</th><th>{t('insertedCount')}</th><th>👍</th><th>👎</th><th>{t('why')}</th></tr></thead>
          <tbody>{review.map((e) => (
            <tr key={e.key} data-testid="needs-review"><td>{e.title}</td><td>{e.shown}</td><td>{e.inserted}</td><td>{e.up}</td><td>{e.down}</td>
              <td>{e.reasons.map((r) => t(r === 'negative-feedback' ? 'reasonNegative' : 'reasonRare')).join(', ')}</td></tr>
          ))}</tbody>
        </table>
      ) : <p class="muted">—</p>}
      <h3>{t('busiest')}</h3>
      <p>{summary.busiestCategories.slice(0, 5).map((c) => `${c.category} (${c.count})`).join(' · ') || '—'}</p>
      <p>{summary.busiestHours.slice(0, 5).map((h) => `${String(h.hour).padStart(2, '0')}:00 (${h.count})`).join(' · ') || '—'}</p>
    </section>
  );
}
