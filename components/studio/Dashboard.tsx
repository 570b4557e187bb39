import { useMemo } from 'preact/hooks';
import { staleCounts } from '@/lib/studio/dates';
import { flagCounts, type EntryFilter, type FilterContext } from '@/lib/studio/filter';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { StudioEntry } from '@/lib/studio/types';

// The counts a team lead checks first: where the pack stands in review, and what has gone stale or is
// about to expire. Each number filters the list to those entries.

export function Dashboard({ entries, ctx, t, setFilter }: { entries: StudioEntry[]; ctx: FilterContext; t: StudioT; setFilter: (f: EntryFilter) => void }) {
  const counts = useMemo(() => {
    const dates = staleCounts(entries, ctx.now);
    const flags = flagCounts(entries, ctx);
    const by = (s: StudioEntry['status']) => entries.filter((e) => e.status === s).length;
    return { total: entries.length, draft: by('draft'), review: by('review'), published: by('published'), ...dates, needsReview: flags['needs-review'] };
  }, [entries, ctx]);
  const items: { key: StudioKey; value: number; filter: EntryFilter; testId: string; warn?: boolean }[] = [
    { key: 'dashEntries', value: counts.total, filter: {}, testId: 'dash-total' },
    { key: 'dashDraft', value: counts.draft, filter: { status: 'draft' }, testId: 'dash-draft' },
    { key: 'dashReview', value: counts.review, filter: { status: 'review' }, testId: 'dash-review' },
    { key: 'dashPublished', value: counts.published, filter: { status: 'published' }, testId: 'dash-published' },
    { key: 'dashStale', value: counts.stale, filter: { flag: 'stale' }, testId: 'dash-stale', warn: true },
    { key: 'dashExpiring', value: counts.expiring, filter: { flag: 'expiring' }, testId: 'dash-expiring', warn: true },
    { key: 'dashExpired', value: counts.expired, filter: { flag: 'expired' }, testId: 'dash-expired', warn: true },
  ];
  if (ctx.usage) items.push({ key: 'dashNeedsReview', value: counts.needsReview, filter: { flag: 'needs-review' }, testId: 'dash-needs-review', warn: true });
  return (
    <section class="dashboard" aria-label={t('dashboard')} data-testid="dashboard">
      {items.map((i) => (
        <button key={i.key} type="button" class={`stat${i.warn && i.value > 0 ? ' stat-warn' : ''}`} data-testid={i.testId} data-count={i.value} onClick={() => setFilter(i.filter)}>
          <span class="stat-value">{i.value}</span>
          <span class="stat-label">{t(i.key)}</span>
        </button>
      ))}
      <span class="muted" title={t('dashReviewSoon')}>{t('dashReviewSoon')}: {counts.reviewSoon}</span>
    </section>
  );
}
