import { useMemo, useState } from 'preact/hooks';
import type { Matcher } from '@/lib/match';
import { dateFlags } from '@/lib/studio/dates';
import { categoryTree, facet, filterEntries, flags, NO_CATEGORY, type CategoryNode, type EntryFilter, type FilterContext, type Flag } from '@/lib/studio/filter';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import { entryStatuses, type EntryStatus, type StudioEntry } from '@/lib/studio/types';
import { invalidUids } from '@/lib/studio/validate';
import { StatusBadge } from './StatusBadge';

// Browse: search (the matcher), filters, and the list with checkboxes for bulk changes. ↑/↓ move between
// entries in the list.

function categoryOptions(nodes: CategoryNode[], depth = 0): { path: string; label: string }[] {
  return nodes.flatMap((n) => [{ path: n.path, label: `${'\u00a0\u00a0'.repeat(depth)}${n.name} (${n.count})` }, ...categoryOptions(n.children, depth + 1)]);
}

export function EntryList({ entries, filter, setFilter, ctx, matcher, selected, onSelect, checked, setChecked, t }: {
  entries: StudioEntry[];
  filter: EntryFilter;
  setFilter: (f: EntryFilter) => void;
  ctx: FilterContext;
  matcher: Matcher | undefined;
  selected: string | null;
  onSelect: (uid: string) => void;
  checked: Set<string>;
  setChecked: (s: Set<string>) => void;
  t: StudioT;
}) {
  const [showFilters, setShowFilters] = useState(true);
  const shown = useMemo(() => filterEntries(entries, filter, ctx, matcher), [entries, filter, ctx, matcher]);
  const tree = useMemo(() => categoryTree(entries), [entries]);
  const invalid = useMemo(() => invalidUids(entries), [entries]);
  const tags = useMemo(() => facet(entries, 'tags'), [entries]);
  const owners = useMemo(() => facet(entries, 'owner'), [entries]);
  const set = (patch: Partial<EntryFilter>) => setFilter({ ...filter, ...patch });
  const allChecked = shown.length > 0 && shown.every((e) => checked.has(e.uid));
  const anyFilter = Object.values(filter).some((v) => v !== undefined && v !== '');

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const next = shown[i + (e.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    document.querySelector<HTMLButtonElement>(`[data-entry-button="${next.uid}"]`)?.focus();
  };

  return (
    <section class="browse" aria-label={t('filters')}>
      <input class="search-input" type="search" data-testid="entry-search" aria-label={t('search')} placeholder={t('search')} value={filter.text ?? ''} onInput={(e) => set({ text: e.currentTarget.value || undefined })} />
      <button type="button" class="link" aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)}>{t('filters')}</button>
      {showFilters && (
        <div class="filters">
          <label>
            <span>{t('category')}</span>
            <select data-testid="filter-category" value={filter.category ?? ''} onChange={(e) => set({ category: e.currentTarget.value || undefined })}>
              <option value="">{t('allCategories')}</option>
              {categoryOptions(tree.roots).map((o) => <option key={o.path} value={o.path}>{o.label}</option>)}
              {tree.uncategorised > 0 && <option value={NO_CATEGORY}>{t('noCategory')} ({tree.uncategorised})</option>}
            </select>
          </label>
          <label>
            <span>{t('tag')}</span>
            <select data-testid="filter-tag" value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || undefined })}>
              <option value="">{t('allTags')}</option>
              {tags.map((x) => <option key={x.value} value={x.value}>{x.value} ({x.count})</option>)}
            </select>
          </label>
          <label>
            <span>{t('owner')}</span>
            <select data-testid="filter-owner" value={filter.owner ?? ''} onChange={(e) => set({ owner: e.currentTarget.value || undefined })}>
              <option value="">{t('allOwners')}</option>
              {owners.map((x) => <option key={x.value} value={x.value}>{x.value} ({x.count})</option>)}
            </select>
          </label>
          <label>
            <span>{t('status')}</span>
            <select data-testid="filter-status" value={filter.status ?? ''} onChange={(e) => set({ status: (e.currentTarget.value || undefined) as EntryStatus | undefined })}>
              <option value="">{t('allStatuses')}</option>
              {entryStatuses.map((s) => <option key={s} value={s}>{t(`st_${s}` as StudioKey)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('flag')}</span>
            <select data-testid="filter-flag" value={filter.flag ?? ''} onChange={(e) => set({ flag: (e.currentTarget.value || undefined) as Flag | undefined })}>
              <option value="">{t('allFlags')}</option>
              {flags.map((f) => <option key={f} value={f}>{t(`fl_${f}` as StudioKey)}</option>)}
            </select>
          </label>
          {ctx.usage === null && (filter.flag === 'never-inserted' || filter.flag === 'needs-review') && <p class="muted">{t('usageUnknown')}</p>}
          {anyFilter && <button type="button" class="link" data-testid="clear-filters" onClick={() => setFilter({})}>{t('clearFilters')}</button>}
        </div>
      )}
      <div class="list-head">
        <input type="checkbox" aria-label={t('selectAll')} title={t('selectAll')} data-testid="select-all" checked={allChecked}
          onChange={() => setChecked(allChecked ? new Set([...checked].filter((u) => !shown.some((e) => e.uid === u))) : new Set([...checked, ...shown.map((e) => e.uid)]))} />
        <span class="muted" role="status" data-testid="shown-count">{t('shown', { n: shown.length, total: entries.length })}</span>
      </div>
      {shown.length === 0 ? (
        <p class="muted">{t('noEntries')}</p>
      ) : (
        <ul class="entry-list" data-testid="entry-list">
          {shown.map((e, i) => {
            const d = dateFlags(e, ctx.now);
            return (
              <li key={e.uid} class={`entry-row${selected === e.uid ? ' selected' : ''}`} data-testid="entry-row" data-entry-id={e.id} data-uid={e.uid} data-status={e.status}>
                <input type="checkbox" aria-label={t('select', { title: e.title || e.id })} data-testid="entry-check" checked={checked.has(e.uid)}
                  onChange={() => {
                    const next = new Set(checked);
                    if (next.has(e.uid)) next.delete(e.uid);
                    else next.add(e.uid);
                    setChecked(next);
                  }} />
                <button type="button" class="entry-button" data-entry-button={e.uid} aria-current={selected === e.uid ? 'true' : undefined} onClick={() => onSelect(e.uid)} onKeyDown={(ev) => onKeyDown(ev, i)}>
                  <span class="entry-title">{e.title.trim() || t('untitled')}</span>
                  <span class="entry-meta">
                    <span class="muted">{e.id}</span>
                    <StatusBadge status={e.status} t={t} />
                    {invalid.has(e.uid) && <span class="badge badge-error" title={t('pr_invalid')}>!</span>}
                    {d.stale && <span class="badge badge-stale">{t('stale')}</span>}
                    {d.expired && <span class="badge badge-expired">{t('expired')}</span>}
                    {!d.expired && d.expiring && <span class="badge badge-stale">{t('expiring')}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
