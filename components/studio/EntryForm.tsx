import { useEffect, useMemo, useState } from 'preact/hooks';
import { emotionLabels } from '@/lib/pack/schema';
import type { VariableValues } from '@/lib/pack/variables';
import { dateFlags } from '@/lib/studio/dates';
import type { Duplicates } from '@/lib/studio/duplicates';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { Overview } from '@/lib/studio/overview';
import { nextStatus } from '@/lib/studio/status';
import type { EntryStatus, StudioDoc, StudioEntry } from '@/lib/studio/types';
import { checkEntry, problemsAt } from '@/lib/studio/validate';
import { Field, fieldA11y, Problems } from './Field';
import { AnswerField } from './AnswerField';
import { DateInput, ListInput } from './inputs';
import { PhrasingList } from './PhrasingList';
import { StatusBadge } from './StatusBadge';
import type { StudioWorker } from './studio-worker-client';

// One entry in a form that follows the pack schema. Every keystroke is validated; problems show at the
// field. Changes go through `onChange` (undo history + autosave); a field losing focus ends an undo step.

export function EntryForm({ doc, entry, settled, overview, worker, t, samples, now, onChange, onSeal, onDelete, onSelect }: {
  doc: StudioDoc;
  entry: StudioEntry;
  /** Goes up at each pause in typing (usePauses): the duplicate check runs again (in the worker) then. */
  settled: number;
  overview: Overview | null;
  worker: StudioWorker;
  t: StudioT;
  samples: VariableValues;
  now: number;
  onChange: (patch: Partial<StudioEntry>, group: string) => void;
  onSeal: () => void;
  onDelete: () => void;
  onSelect: (uid: string) => void;
}) {
  const check = useMemo(() => checkEntry(entry, doc.entries), [entry, doc.entries]);
  const at = (path: string) => problemsAt(check, path);
  const [dups, setDups] = useState<Duplicates>({ same: [], outranked: [] });
  useEffect(() => {
    let live = true;
    void worker.entryDuplicates(entry.uid).then((d) => live && d && setDups(d), () => undefined);
    return () => {
      live = false;
    };
  }, [settled, entry.uid]);
  const categories = overview?.categoryNames ?? [];
  const owners = useMemo(() => (overview?.owners ?? []).map((o) => o.value).sort(), [overview]);
  const flags = dateFlags(entry, now);
  const f = (name: string) => `f-${name}`;
  const set = (field: keyof StudioEntry & string) => (v: unknown) => onChange({ [field]: v } as Partial<StudioEntry>, `${entry.uid}:${field}`);
  const status = (s: EntryStatus) => onChange({ status: s }, `${entry.uid}:status:${s}`);
  const previouslyPublished = doc.previous?.entries.some((e) => e.id === entry.id) && entry.status !== 'published';

  return (
    <form class="entry-form" data-testid="entry-form" data-uid={entry.uid} aria-labelledby="entry-form-h" onSubmit={(e) => e.preventDefault()}>
      <div class="entry-form-head">
        <h2 id="entry-form-h">{entry.title.trim() || t('untitled')}</h2>
        <StatusBadge status={entry.status} t={t} />
        {flags.stale && <span class="badge badge-stale">{t('stale')}</span>}
        {flags.expired && <span class="badge badge-expired">{t('expired')}</span>}
        {!flags.expired && flags.expiring && <span class="badge badge-stale">{t('expiring')}</span>}
        <span class="spacer" />
        {entry.status !== 'published' && (
          <button type="button" class="primary" data-testid={entry.status === 'draft' ? 'to-review' : 'publish'} onClick={() => status(nextStatus(entry.status))}>
            {entry.status === 'draft' ? t('toReview') : t('publish')}
          </button>
        )}
        {entry.status === 'draft' && (
          <button type="button" data-testid="publish" onClick={() => status('published')}>{t('publish')}</button>
        )}
        {entry.status !== 'draft' && (
          <button type="button" data-testid="to-draft" onClick={() => status('draft')}>{t('backToDraft')}</button>
        )}
        <button type="button" data-testid="delete-entry" onClick={onDelete}>{t('deleteEntry')}</button>
      </div>
      {previouslyPublished && <p class="notice" data-testid="kept-note">{t('publishedKept')}</p>}
      {check.errors.length > 0 && <p class="muted" data-testid="problem-count">{t('problemsCount', { n: check.errors.length })}</p>}

      <div class="form-grid">
        <Field id={f('title')} label={t('title')} problems={at('title')} t={t}>
          <input {...fieldA11y(f('title'), at('title'))} data-testid="entry-title" value={entry.title} onInput={(e) => set('title')(e.currentTarget.value)} onBlur={onSeal} />
        </Field>
        <Field id={f('id')} label={t('entryId')} help={t('entryIdHelp')} problems={at('id')} t={t}>
          <input {...fieldA11y(f('id'), at('id'), true)} data-testid="entry-id" value={entry.id} onInput={(e) => set('id')(e.currentTarget.value)} onBlur={onSeal} />
        </Field>
      </div>

      <PhrasingList id={f('questions')} questions={entry.questions} problemsAt={at} t={t} onBlur={onSeal} onChange={(q, g) => onChange({ questions: q }, `${entry.uid}:questions:${g}`)} />
      {(dups.same.length > 0 || dups.outranked.length > 0) && (
        <ul class="dup-notes" data-testid="entry-duplicates">
          {dups.same.flatMap((s) =>
            s.entries.filter((x) => x.uid !== entry.uid).map((x) => (
              <li key={`${s.key}-${x.uid}`}>
                <button type="button" class="link" onClick={() => onSelect(x.uid)}>{t('dupSameHere', { title: x.title || x.id })}</button>: {s.entries.find((y) => y.uid === entry.uid)?.phrasing}
              </li>
            )),
          )}
          {dups.outranked.map((o, i) => (
            <li key={`o${i}`}>
              “{o.phrasing}” — <button type="button" class="link" onClick={() => onSelect(o.winner.uid)}>{t('dupOutrankedHere', { title: o.winner.title || o.winner.id, score: o.winner.score.toFixed(2) })}</button>
            </li>
          ))}
        </ul>
      )}

      <AnswerField id={f('answer')} value={entry.answer} problems={at('answer')} samples={samples} t={t} onBlur={onSeal} onChange={(v, g) => onChange({ answer: v }, `${entry.uid}:answer:${g}`)} />

      <div class="form-grid">
        <Field id={f('keywords')} label={t('keywords')} help={t('listHelp')} problems={at('keywords')} t={t}>
          <ListInput a11y={fieldA11y(f('keywords'), at('keywords'), true)} testId="entry-keywords" value={entry.keywords} onChange={set('keywords')} onBlur={onSeal} />
        </Field>
        <Field id={f('category')} label={t('category')} problems={at('category')} t={t}>
          <input {...fieldA11y(f('category'), at('category'))} data-testid="entry-category" list="category-options" value={entry.category ?? ''} onInput={(e) => set('category')(e.currentTarget.value)} onBlur={onSeal} />
          <datalist id="category-options">{categories.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
        <Field id={f('tags')} label={t('tags')} help={t('listHelp')} problems={at('tags')} t={t}>
          <ListInput a11y={fieldA11y(f('tags'), at('tags'), true)} testId="entry-tags" value={entry.tags} onChange={set('tags')} onBlur={onSeal} />
        </Field>
        <Field id={f('owner')} label={t('owner')} problems={at('owner')} t={t}>
          <input {...fieldA11y(f('owner'), at('owner'))} data-testid="entry-owner" list="owner-options" value={entry.owner ?? ''} onInput={(e) => set('owner')(e.currentTarget.value)} onBlur={onSeal} />
          <datalist id="owner-options">{owners.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
        <Field id={f('products')} label={t('products')} help={t('listHelp')} problems={at('products')} t={t}>
          <ListInput a11y={fieldA11y(f('products'), at('products'), true)} testId="entry-products" value={entry.products} onChange={set('products')} onBlur={onSeal} />
        </Field>
        <Field id={f('reviewBy')} label={t('reviewBy')} problems={at('reviewBy')} t={t}>
          <DateInput a11y={fieldA11y(f('reviewBy'), at('reviewBy'))} testId="entry-review-by" value={entry.reviewBy} onChange={set('reviewBy')} onBlur={onSeal} />
        </Field>
        <Field id={f('validFrom')} label={t('validFrom')} problems={at('validFrom')} t={t}>
          <DateInput a11y={fieldA11y(f('validFrom'), at('validFrom'))} testId="entry-valid-from" value={entry.validFrom} onChange={set('validFrom')} onBlur={onSeal} />
        </Field>
        <Field id={f('validUntil')} label={t('validUntil')} problems={at('validUntil')} t={t}>
          <DateInput a11y={fieldA11y(f('validUntil'), at('validUntil'))} testId="entry-valid-until" value={entry.validUntil} onChange={set('validUntil')} onBlur={onSeal} />
        </Field>
      </div>

      <details class="tones" open={!!entry.tones && Object.keys(entry.tones).length > 0}>
        <summary>{t('tones')}</summary>
        <p class="muted">{t('tonesHelp')}</p>
        {emotionLabels.map((label) => {
          const id = f(`tone-${label}`);
          const problems = at(`tones.${label}`);
          return (
            <div class="field" key={label}>
              <label for={id}>{t(`emo_${label}` as StudioKey)}</label>
              <textarea
                {...fieldA11y(id, problems)}
                data-testid={`tone-${label}`}
                rows={2}
                value={entry.tones?.[label] ?? ''}
                onInput={(e) => onChange({ tones: { ...(entry.tones ?? {}), [label]: e.currentTarget.value } }, `${entry.uid}:tone:${label}`)}
                onBlur={onSeal}
              />
              <Problems id={id} problems={problems} t={t} />
            </div>
          );
        })}
      </details>
    </form>
  );
}
