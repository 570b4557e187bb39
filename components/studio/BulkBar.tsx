import { useState } from 'preact/hooks';
import { extendReview, setCategory, setOwner, setStatus } from '@/lib/studio/bulk';
import { removeEntries } from '@/lib/studio/doc';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import { entryStatuses, type EntryStatus, type StudioDoc } from '@/lib/studio/types';

// Changes to every checked entry at once; each is one undo step.

const REVIEW_DAYS = [30, 90, 180, 365];

export function BulkBar({ checked, clear, change, now, t, notify }: {
  checked: Set<string>;
  clear: () => void;
  change: (update: (d: StudioDoc) => StudioDoc) => void;
  now: number;
  t: StudioT;
  notify: (text: string) => void;
}) {
  const [category, setCategoryText] = useState('');
  const [owner, setOwnerText] = useState('');
  const [days, setDays] = useState(90);
  const [status, setStatusValue] = useState<EntryStatus>('published');
  const n = checked.size;
  if (!n) return null;
  const run = (update: (d: StudioDoc) => StudioDoc) => {
    change(update);
    notify(t('bulkDone', { n }));
  };
  return (
    <section class="bulk" data-testid="bulk-bar" aria-label={t('selected', { n })}>
      <strong>{t('selected', { n })}</strong>
      <button type="button" class="link" onClick={clear}>{t('clearSelection')}</button>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run((d) => setCategory(d, checked, category)))}>
        <input aria-label={t('setCategory')} placeholder={t('category')} data-testid="bulk-category" list="category-options" value={category} onInput={(e) => setCategoryText(e.currentTarget.value)} />
        <button type="submit" data-testid="bulk-category-apply">{t('setCategory')}</button>
      </form>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run((d) => setOwner(d, checked, owner)))}>
        <input aria-label={t('setOwner')} placeholder={t('owner')} data-testid="bulk-owner" list="owner-options" value={owner} onInput={(e) => setOwnerText(e.currentTarget.value)} />
        <button type="submit" data-testid="bulk-owner-apply">{t('setOwner')}</button>
      </form>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run((d) => extendReview(d, checked, days, now)))}>
        <select aria-label={t('extendReview')} data-testid="bulk-days" value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
          {REVIEW_DAYS.map((d) => <option key={d} value={d}>{t('days', { n: d })}</option>)}
        </select>
        <button type="submit" data-testid="bulk-extend">{t('extendReview')}</button>
      </form>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run((d) => setStatus(d, checked, status)))}>
        <select aria-label={t('setStatus')} data-testid="bulk-status" value={status} onChange={(e) => setStatusValue(e.currentTarget.value as EntryStatus)}>
          {entryStatuses.map((s) => <option key={s} value={s}>{t(`st_${s}` as StudioKey)}</option>)}
        </select>
        <button type="submit" data-testid="bulk-status-apply">{t('setStatus')}</button>
      </form>
      <button
        type="button"
        data-testid="bulk-delete"
        onClick={() => {
          if (!confirm(t('confirmDelete', { n }))) return;
          run((d) => removeEntries(d, checked));
          clear();
        }}
      >
        {t('deleteSelected')}
      </button>
    </section>
  );
}
