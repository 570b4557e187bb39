import { useMemo } from 'preact/hooks';
import type { EntryFilter } from '@/lib/studio/filter';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { Overview } from '@/lib/studio/overview';
import type { StudioEntry } from '@/lib/studio/types';

// The counts a team lead checks first: where the pack stands in review, and what has gone stale or is
// about to expire. Each number filters the list to those entries. Review counts are taken here at once
// (one cheap pass); the date counts come with the worker's overview after typing pauses.

/** `failed`: the overview request failed (shown by the studio): the dashboard is no longer busy waiting for it. */
export function Dashboard({ entries, overview, usageKnown, t, setFilter, failed = false }: { entries: StudioEntry[]; overview: Overview | null; usageKnown: boolean; t: StudioT; setFilter: (f: EntryFilter) => void; failed?: boolean }) {
  const status = useMemo(() => {
    const c = { draft: 0, review: 0, published: 0 };
    for (const e of entries) if (e.status in c) c[e.status]++;
    return c;
  }, [entries]);
  const dates = overview?.counts ?? { stale: 0, expiring: 0, expired: 0, reviewSoon: 0, needsReview: 0 };
  const items: { key: StudioKey; value: number; filter: EntryFilter; testId: string; warn?: boolean }[] = [
    { key: 'dashEntries', value: entries.length, filter: {}, testId: 'dash-total' },
    { key: 'dashDraft', value: status.draft, filter: { status: 'draft' }, testId: 'dash-draft' },
    { key: 'dashReview', value: status.review, filter: { status: 'review' }, testId: 'dash-review' },
    { key: 'dashPublished', value: status.published, filter: { status: 'published' }, testId: 'dash-published' },
    { key: 'dashStale', value: dates.stale, filter: { flag: 'stale' }, testId: 'dash-stale', warn: true },
    { key: 'dashExpiring', value: dates.expiring, filter: { flag: 'expiring' }, testId: 'dash-expiring', warn: true },
    { key: 'dashExpired', value: dates.expired, filter: { flag: 'expired' }, testId: 'dash-expired', warn: true },
  ];
  if (usageKnown) items.push({ key: 'dashNeedsReview', value: dates.needsReview, filter: { flag: 'needs-review' }, testId: 'dash-needs-review', warn: true });
  return (
    <section class="dashboard" aria-label={t('dashboard')} data-testid="dashboard" aria-busy={overview === null && !failed ? 'true' : undefined}>
      {items.map((i) => (
        <button key={i.key} type="button" class={`stat${i.warn && i.value > 0 ? ' stat-warn' : ''}`} data-testid={i.testId} data-count={i.value} onClick={() => setFilter(i.filter)}>
          <span class="stat-value">{i.value}</span>
          <span class="stat-label">{t(i.key)}</span>
        </button>
      ))}
      <span class="muted" title={t('dashReviewSoon')}>{t('dashReviewSoon')}: {dates.reviewSoon}</span>
    </section>
  );
}
