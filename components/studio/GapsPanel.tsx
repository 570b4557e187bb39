import { useState } from 'preact/hooks';
import { answerGap, dismissGap, importGaps } from '@/lib/studio/gaps';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { StudioDoc } from '@/lib/studio/types';
import { chosenFile } from './files';

// Gap reports as a "to answer" list. Answering one starts a draft entry with the buyers' phrasings.

export function GapsPanel({ doc, t, change, onAnswered }: { doc: StudioDoc; t: StudioT; change: (u: (d: StudioDoc) => StudioDoc) => void; onAnswered: (uid: string) => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
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
            if (!f) return;
            const r = importGaps(doc, f.text);
            if (r.added) change(() => r.doc);
            const lines = [t('gapsImported', { reports: r.reports, added: r.added })];
            if (r.errors.length) lines.push(t('gapsErrors', { n: r.errors.length, first: `${r.errors[0]!.where}: ${r.errors[0]!.message}` }));
            setMessage({ ok: r.errors.length === 0, text: lines.join('\n') });
          }}
        />
      </label>
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
