import { useMemo, useState } from 'preact/hooks';
import type { Duplicates } from '@/lib/studio/duplicates';
import type { StudioT } from '@/lib/studio/i18n';
import type { StudioDoc } from '@/lib/studio/types';
import type { StudioWorker } from './studio-worker-client';

// Duplicate questions across the whole pack, on demand: one search per phrasing, in the worker, with progress.

export function DuplicatesPanel({ doc, worker, t, onSelect }: { doc: StudioDoc; worker: StudioWorker; t: StudioT; onSelect: (uid: string) => void }) {
  const [result, setResult] = useState<Duplicates | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');
  const titles = useMemo(() => (result ? new Map(doc.entries.map((e) => [e.uid, e.title])) : null), [doc.entries, result]);
  const titleOf = (uid: string, fallback: string) => titles?.get(uid) || fallback;
  async function check() {
    setResult(null);
    setError('');
    setProgress(0);
    try {
      // A failed check is not "no duplicates": the error is shown instead.
      const r = await worker.allDuplicates(setProgress);
      setResult(r ?? { same: [], outranked: [] });
    } catch (e) {
      setError((e as Error).message || String(e));
    } finally {
      setProgress(null);
    }
  }
  return (
    <section class="duplicates" aria-labelledby="dup-h" data-testid="duplicates-panel">
      <h2 id="dup-h" class="visually-hidden">{t('tabDuplicates')}</h2>
      <p class="muted">{t('dupHelp')}</p>
      <button type="button" class="primary" data-testid="check-duplicates" disabled={progress !== null} onClick={() => void check()}>{t('checkDuplicates')}</button>
      {progress !== null && <progress max={1} value={progress} aria-label={t('checkDuplicates')} />}
      {error && <p class="notice error" role="alert" data-testid="dup-error">{t('dupFailed', { error })}</p>}
      {result && result.same.length === 0 && result.outranked.length === 0 && <p class="status status-ok" role="status" data-testid="dup-none">{t('dupNone')}</p>}
      {result && (
        <ul class="dup-list" aria-live="polite">
          {result.same.map((s) => (
            <li key={s.key} data-testid="dup-same">
              <strong>{t('dupSame', { phrasing: s.entries[0]!.phrasing })}</strong>
              <ul>
                {s.entries.map((e) => (
                  <li key={e.uid}><button type="button" class="link" onClick={() => onSelect(e.uid)}>{titleOf(e.uid, e.id)}</button> <span class="muted">({e.id}) “{e.phrasing}”</span></li>
                ))}
              </ul>
            </li>
          ))}
          {result.outranked.map((o, i) => (
            <li key={`o${i}`} data-testid="dup-outranked">
              {t('dupOutranked', { phrasing: o.phrasing, title: titleOf(o.uid, o.id), winner: titleOf(o.winner.uid, o.winner.id) })}{' '}
              <button type="button" class="link" onClick={() => onSelect(o.uid)}>{titleOf(o.uid, o.id)}</button> ·{' '}
              <button type="button" class="link" onClick={() => onSelect(o.winner.uid)}>{titleOf(o.winner.uid, o.winner.id)}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
