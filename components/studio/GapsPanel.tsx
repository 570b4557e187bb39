import { useState } from 'preact/hooks';
import { answerGap, dismissGap, importGaps } from '@/lib/studio/gaps';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { StudioDoc } from '@/lib/studio/types';
import { browser } from 'wxt/browser';
import { checkFeedUrl, isLoopbackHost } from '@/lib/feed/schema';
import { chosenFile } from './files';

/** Reports the team's endpoint collected, fetched as JSONL or CSV (the same formats as the export). */
async function fetchReports(url: string): Promise<string> {
  const checked = checkFeedUrl(url);
  if (!checked.ok) throw new Error(checked.error);
  const u = new URL(checked.url);
  // Asked on the click: a team endpoint rarely allows cross-origin reads.
  if (!isLoopbackHost(u.hostname)) await browser.permissions.request({ origins: [`${u.origin}/*`] }).catch(() => false);
  const res = await fetch(checked.url, { cache: 'no-store', signal: AbortSignal.timeout(20_000) });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return res.text();
}

// Gap reports as a "to answer" list. Answering one starts a draft entry with the buyers' phrasings.

export function GapsPanel({ doc, t, change, onAnswered }: { doc: StudioDoc; t: StudioT; change: (u: (d: StudioDoc) => StudioDoc) => void; onAnswered: (uid: string) => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [url, setUrl] = useState('');
  const take = (text: string) => {
    const r = importGaps(doc, text);
    if (r.added) change(() => r.doc);
    const lines = [t('gapsImported', { reports: r.reports, added: r.added })];
    if (r.errors.length) lines.push(t('gapsErrors', { n: r.errors.length, first: `${r.errors[0]!.where}: ${r.errors[0]!.message}` }));
    setMessage({ ok: r.errors.length === 0, text: lines.join('\n') });
  };
  return (
    <section class="gaps" aria-labelledby="gaps-h" data-testid="gaps-panel">
      <h2 id="gaps-h" class="visually-hidden">{t('tabGaps', { n: doc.gaps.length })}</h2>
      <p class="muted">{t('gapsHelp')}</p>
      <label class="file-label">
        <span>{t('importGaps')}</span>
        <input
          type="file"
          accept=".csv,.json,.jsonl,.txt,text/csv,application/json"
          data-testid="import-gaps"
          onChange={async (e) => {
            const f = await chosenFile(e);
            if (f) take(f.text);
          }}
        />
      </label>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          fetchReports(url).then(take, (err: Error) => setMessage({ ok: false, text: err.message }));
        }}
      >
        <label for="gaps-url">{t('fetchGaps')}</label>
        <input id="gaps-url" type="url" data-testid="gaps-url" placeholder="https://…/reports.jsonl" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        <button type="submit" data-testid="fetch-gaps">{t('fetchGapsButton')}</button>
      </form>
      {message && <p class={`status status-${message.ok ? 'ok' : 'warn'}`} role="status" data-testid="gaps-message">{message.text}</p>}
      {doc.gaps.length === 0 ? (
        <p class="muted">{t('noGaps')}</p>
      ) : (
        <ul class="gap-list">
          {doc.gaps.map((g) => (
            <li key={g.id} class="gap" data-testid="gap" data-gap-id={g.id}>
              <div class="suggestion-head">
                <h3 class="suggestion-title">{g.title}</h3>
                <span class="badge">{t('gapCount', { n: g.count })}</span>
                <span class={`badge urgency urgency-${g.urgency}`}>{t(`urg_${g.urgency}` as StudioKey)}</span>
              </div>
              <ul class="gap-questions">{g.questions.map((q) => <li key={q}>{q}</li>)}</ul>
              {g.category && <span class="muted">{g.category}</span>}
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  data-testid="answer-gap"
                  onClick={() => {
                    const r = answerGap(doc, g.id);
                    if (!r) return;
                    change(() => r.doc);
                    onAnswered(r.uid);
                  }}
                >
                  {t('answerGap')}
                </button>
                <button type="button" data-testid="dismiss-gap" onClick={() => change((d) => dismissGap(d, g.id))}>{t('dismissGap')}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
