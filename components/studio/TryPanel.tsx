import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import { fillVariables, type VariableValues } from '@/lib/pack/variables';
import type { StudioT } from '@/lib/studio/i18n';
import type { KnowledgeScope } from '@/lib/studio/knowledge';
import type { TryResult } from '@/lib/studio/try';
import type { StudioDoc } from '@/lib/studio/types';
import { FilledText } from '../FilledText';
import { EmotionBadge, HighlightedQuestion } from '../sidepanel/EmotionBadge';
import type { StudioWorker } from './studio-worker-client';
import { usePauses } from './usePauses';

// "Try a question": the panel's own suggestion and reply code on the pack being written (drafts included,
// or only what an export would publish), with the scores and the words that matched.

const empty: TryResult = { question: '', previous: [], emotion: null, highlight: null, suggestions: [], replies: [], calm: null };

export function TryPanel({ doc, worker, t, pt, samples, onEdit }: { doc: StudioDoc; worker: StudioWorker; t: StudioT; pt: Translate; samples: VariableValues; onEdit: (entryId: string) => void }) {
  const [text, setText] = useState('');
  const [scope, setScope] = useState<KnowledgeScope>('working');
  // The worker builds the panel's index of the pack (again only after the pack changed) and answers;
  // rebuilding on every keystroke in the editor is wasted work, so it is asked after a pause (each
  // pause, not each new settled doc: see usePauses).
  const pauses = usePauses(doc, 250);
  const [result, setResult] = useState<TryResult>(empty);
  useEffect(() => {
    if (!text.trim()) return setResult(empty);
    let live = true;
    void worker.try(text, scope, samples, Date.now()).then((r) => live && r && setResult(r), () => undefined);
    return () => {
      live = false;
    };
  }, [pauses, scope, text, samples]);
  const uidOf = (entryId: string) => doc.entries.find((e) => e.id === entryId)?.uid;

  return (
    <section class="try" aria-labelledby="try-h" data-testid="try-panel">
      <h2 id="try-h" class="visually-hidden">{t('tabTry')}</h2>
      <label for="try-input">{t('tryLabel')}</label>
      <textarea id="try-input" data-testid="try-input" rows={3} placeholder={t('tryPlaceholder')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <fieldset class="scope">
        <legend class="visually-hidden">{t('tryScope')}</legend>
        <label><input type="radio" name="try-scope" data-testid="scope-working" checked={scope === 'working'} onChange={() => setScope('working')} /> {t('scopeWorking')}</label>
        <label><input type="radio" name="try-scope" data-testid="scope-published" checked={scope === 'published'} onChange={() => setScope('published')} /> {t('scopePublished')}</label>
      </fieldset>
      {result.question && (
        <div class="question" data-testid="try-question" aria-label={t('emotionLine')}>
          <p class="question-text"><HighlightedQuestion text={result.question} emotion={result.highlight} /></p>
          {result.emotion && <EmotionBadge emotion={result.emotion} t={pt} />}
        </div>
      )}
      {result.calm && (
        <section class="deescalation" data-testid="try-deescalation">
          <strong>{t('deescalate')}</strong>
          <p>{result.calm.text}</p>
        </section>
      )}
      {result.question && result.suggestions.length === 0 && <p class="muted" data-testid="try-no-match">{t('tryNothing')}</p>}
      <ol class="suggestions" aria-live="polite">
        {result.suggestions.map((s, i) => {
          const reply = result.replies[i]!;
          return (
            <li key={s.key} class="suggestion" data-testid="try-suggestion" data-key={s.key} data-entry-id={s.entry.id} data-reply={reply.text}>
              <div class="suggestion-head">
                <span class="shortcut">{i + 1}</span>
                <h3 class="suggestion-title">{s.entry.title}</h3>
                <span class="badge" data-testid="try-score">{t('score', { s: s.score.toFixed(2) })}</span>
                {s.stale && <span class="badge badge-stale">{t('stale')}</span>}
              </div>
              <div class="answer-block" data-testid="try-reply">
                {reply.composed.parts.map((p, j) =>
                  p.kind === 'answer' ? (
                    <p key={j} class="answer">{p.text === reply.filled.text ? <FilledText parts={reply.filled.parts} /> : p.text}</p>
                  ) : (
                    <p key={j} class={`script script-${p.kind}`}><span class="part-label">{pt(p.kind === 'closer' ? 'closer' : 'opener')}</span>{fillVariables(p.text, samples).text}</p>
                  ),
                )}
              </div>
              <div class="meta">
                {s.entry.category && <span class="category">{s.entry.category}</span>}
                {s.why.length > 0 && <span class="why" data-testid="try-why">{t('why')}: {s.why.slice(0, 6).join(' · ')}</span>}
                <span class="spacer" />
                {uidOf(s.entry.id) && <button type="button" class="link" data-testid="try-edit" onClick={() => onEdit(s.entry.id)}>{t('editThis')}</button>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
