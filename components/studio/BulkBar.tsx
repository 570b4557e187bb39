import { useState } from 'preact/hooks';
import { deleteEntries, extendReview, setCategory, setOwner, setReviewDate, setStatus, type BulkError, type BulkResult } from '@/lib/studio/bulk';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import { entryStatuses, type EntryStatus, type StudioDoc } from '@/lib/studio/types';

// Changes to every checked entry at once; each is one undo step. Bad input is refused in place (the doc
// is left as it was).

const errorKey: Record<BulkError, StudioKey> = {
  'nothing-selected': 'bulkErr_nothing',
  'empty-category': 'bulkErr_category',
  'empty-category-level': 'bulkErr_categoryLevel',
  'empty-owner': 'bulkErr_owner',
  'bad-days': 'bulkErr_days',
  'not-a-date': 'bulkErr_date',
  'bad-status': 'bulkErr_status',
};

const REVIEW_DAYS = [30, 90, 180, 365];

export function BulkBar({ doc, checked, clear, change, now, t, notify }: {
  doc: StudioDoc;
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
  const [reviewDate, setReviewDateText] = useState('');
  const [status, setStatusValue] = useState<EntryStatus>('published');
  const [error, setError] = useState<BulkError | null>(null);
  const n = checked.size;
  if (!n) return null;
  const run = (r: BulkResult) => {
    if (!r.ok) return setError(r.error);
    setError(null);
    change(() => r.doc);
    notify(t('bulkDone', { n: r.changed }));
  };
  return (
    <section class="bulk" data-testid="bulk-bar" aria-label={t('selected', { n })}>
      <strong>{t('selected', { n })}</strong>
      <button type="button" class="link" onClick={clear}>{t('clearSelection')}</button>
      {error && <p class="notice error" role="alert" data-testid="bulk-error" data-error={error}>{t(errorKey[error])}</p>}
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run(setCategory(doc, checked, category)))}>
        <input aria-label={t('setCategory')} placeholder={t('category')} data-testid="bulk-category" list="category-options" value={category} onInput={(e) => setCategoryText(e.currentTarget.value)} />
        <button type="submit" data-testid="bulk-category-apply">{t('setCategory')}</button>
      </form>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run(setOwner(doc, checked, owner)))}>
        <input aria-label={t('setOwner')} placeholder={t('owner')} data-testid="bulk-owner" list="owner-options" value={owner} onInput={(e) => setOwnerText(e.currentTarget.value)} />
        <button type="submit" data-testid="bulk-owner-apply">{t('setOwner')}</button>
      </form>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run(extendReview(doc, checked, days, now)))}>
        <select aria-label={t('extendReview')} data-testid="bulk-days" value={days} onChange={(e) => setDays(Number(e.currentTarget.value))}>
          {REVIEW_DAYS.map((d) => <option key={d} value={d}>{t('days', { n: d })}</option>)}
        </select>
        <button type="submit" data-testid="bulk-extend">{t('extendReview')}</button>
      </form>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run(setReviewDate(doc, checked, reviewDate)))}>
        <input type="date" aria-label={t('setReviewDate')} title={t('reviewDate')} data-testid="bulk-review-date" value={reviewDate} onInput={(e) => setReviewDateText(e.currentTarget.value)} />
        <button type="submit" data-testid="bulk-review-date-apply">{t('setReviewDate')}</button>
      </form>
      <form class="bulk-row" onSubmit={(e) => (e.preventDefault(), run(setStatus(doc, checked, status)))}>
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
          const r = deleteEntries(doc, checked);
          run(r);
          if (r.ok) clear();
        }}
      >
        {t('deleteSelected')}
      </button>
    </section>
  );
}
