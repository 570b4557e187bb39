import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dateFlags } from '@/lib/studio/dates';
import { filterRanked, flags, NO_CATEGORY, type CategoryNode, type EntryFilter, type FilterContext, type Flag } from '@/lib/studio/filter';
import type { StudioKey, StudioT } from '@/lib/studio/i18n';
import type { Overview } from '@/lib/studio/overview';
import { entryStatuses, type EntryStatus, type StudioEntry } from '@/lib/studio/types';
import { visibleRange } from '@/lib/studio/window';
import { StatusBadge } from './StatusBadge';
import type { StudioWorker } from './studio-worker-client';

// Browse: search (the matcher, in the worker), filters, and the list with checkboxes for bulk changes.
// Only the rows in view are rendered (a pack may have 50,000 entries): rows have a fixed height, and
// spacers above and below keep the scrollbar true. ↑/↓ (and Home/End) move between entries, scrolling
// the next one into view first. The focused and the selected rows are always rendered (in their place,
// out of view), so scrolling away never drops the keyboard focus to the page.

/** Row pitch in px: .entry-row height (44) + the list's gap (2), see studio.css. */
const ROW = 46;
/** Rows rendered beyond each edge of the view, so fast scrolling shows no blank. */
const OVERSCAN = 8;

function categoryOptions(nodes: CategoryNode[], depth = 0): { path: string; label: string }[] {
  return nodes.flatMap((n) => [{ path: n.path, label: `${'\u00a0\u00a0'.repeat(depth)}${n.name} (${n.count})` }, ...categoryOptions(n.children, depth + 1)]);
}

export function EntryList({ entries, settled, overview, worker, filter, setFilter, ctx, selected, onSelect, checked, setChecked, t }: {
  entries: StudioEntry[];
  /** Goes up at each pause in typing (usePauses): the worker's ranking is asked for again then. */
  settled: number;
  overview: Overview | null;
  worker: StudioWorker;
  filter: EntryFilter;
  setFilter: (f: EntryFilter) => void;
  ctx: FilterContext;
  selected: string | null;
  onSelect: (uid: string) => void;
  checked: Set<string>;
  setChecked: (s: Set<string>) => void;
  t: StudioT;
}) {
  const [showFilters, setShowFilters] = useState(true);
  const text = filter.text?.trim() ?? '';
  // The worker's ranking for the search text; until it answers, the last ranking stays on screen.
  const [ranking, setRanking] = useState<{ text: string; uids: string[] } | null>(null);
  // A search that failed is said so (not left "busy" forever).
  const [searchError, setSearchError] = useState<{ text: string; error: string } | null>(null);
  useEffect(() => {
    if (!text) return setRanking(null);
    let live = true;
    void worker.search(text, ctx.now).then(
      (uids) => {
        if (!live || !uids) return;
        setRanking({ text, uids });
        setSearchError(null);
      },
      (e: Error) => live && setSearchError({ text, error: e.message || String(e) }),
    );
    return () => {
      live = false;
    };
  }, [text, settled, ctx.now]);
  const shown = useMemo(() => filterRanked(entries, filter, ctx, text ? (ranking?.uids ?? []) : undefined), [entries, filter, ctx, ranking, text]);
  const searchFailed = !!text && searchError?.text === text ? searchError.error : '';
  const searching = !!text && ranking?.text !== text && !searchFailed;
  const tree = overview?.tree ?? { roots: [], uncategorised: 0 };
  const invalid = useMemo(() => new Set(overview?.invalid ?? []), [overview]);
  const tags = overview?.tags ?? [];
  const owners = overview?.owners ?? [];

  const scroller = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    ro.observe(el);
    return () => ro.disconnect();
  }, [shown.length === 0]);
  const { start, end } = visibleRange(shown.length, top, height, ROW, OVERSCAN);
  const [focused, setFocused] = useState<string | null>(null);
  const rows = useMemo(() => {
    const idx = new Set<number>();
    for (let i = start; i < end; i++) idx.add(i);
    for (const uid of [focused, selected]) {
      const i = uid ? shown.findIndex((e) => e.uid === uid) : -1;
      if (i >= 0) idx.add(i);
    }
    return [...idx].sort((a, b) => a - b);
  }, [start, end, focused, selected, shown]);
  // A new search or filter starts at the top of its list.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setTop(0);
  }, [filter]);

  /** Scroll so row `i` is in view (nothing when it is). */
  const reveal = (i: number) => {
    const el = scroller.current;
    if (!el) return;
    const y = i * ROW;
    const next = y < el.scrollTop ? y : y + ROW > el.scrollTop + el.clientHeight ? y + ROW - el.clientHeight : el.scrollTop;
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setTop(next);
    }
  };
  // Focus moved by keyboard to a row not rendered yet: focused once it is.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const uid = focusNext.current;
    if (!uid) return;
    const b = scroller.current?.querySelector<HTMLButtonElement>(`[data-entry-button="${CSS.escape(uid)}"]`);
    if (b) {
      focusNext.current = null;
      b.focus();
    }
  });
  // An entry chosen elsewhere (Try, duplicates, a new entry) is scrolled into the list's view.
  useEffect(() => {
    const i = selected ? shown.findIndex((e) => e.uid === selected) : -1;
    if (i >= 0) reveal(i);
  }, [selected]);

  const set = (patch: Partial<EntryFilter>) => setFilter({ ...filter, ...patch });
  const allChecked = useMemo(() => shown.length > 0 && shown.every((e) => checked.has(e.uid)), [shown, checked]);
  const anyFilter = Object.values(filter).some((v) => v !== undefined && v !== '');

  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: shown.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = shown[to];
    if (!next) return;
    reveal(to);
    // Already rendered: focus now. Otherwise the layout effect does, after the render; a pending focus
    // left behind would steal focus back on some later render.
    const b = scroller.current?.querySelector<HTMLButtonElement>(`[data-entry-button="${CSS.escape(next.uid)}"]`);
    if (b) {
      focusNext.current = null;
      b.focus();
    } else focusNext.current = next.uid;
  };
  const toggleAll = () => {
    if (!allChecked) return setChecked(new Set([...checked, ...shown.map((e) => e.uid)]));
    const off = new Set(shown.map((e) => e.uid));
    setChecked(new Set([...checked].filter((u) => !off.has(u))));
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
          onChange={toggleAll} />
        <span class="muted" role="status" data-testid="shown-count" aria-busy={searching ? 'true' : undefined}>{t('shown', { n: shown.length, total: entries.length })}</span>
      </div>
      {searchFailed && <p class="notice error" role="alert" data-testid="search-error">{t('searchFailed', { error: searchFailed })}</p>}
      {shown.length === 0 ? (
        !searchFailed && <p class="muted">{searching ? '…' : t('noEntries')}</p>
      ) : (
        <div class="entry-scroll" ref={scroller} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
          <ul class="entry-list" data-testid="entry-list" style={{ paddingTop: `${(rows[0] ?? 0) * ROW}px`, paddingBottom: `${(shown.length - 1 - (rows.at(-1) ?? shown.length - 1)) * ROW}px` }}>
            {rows.map((i, k) => {
              const e = shown[i]!;
              const d = dateFlags(e, ctx.now);
              // Rows skipped since the last rendered one (a kept focused/selected row sits apart from the window).
              const gap = k > 0 ? i - rows[k - 1]! - 1 : 0;
              return (
                <li key={e.uid} class={`entry-row${selected === e.uid ? ' selected' : ''}`} style={gap ? { marginTop: `${gap * ROW}px` } : undefined} data-testid="entry-row" data-entry-id={e.id} data-uid={e.uid} data-status={e.status} aria-setsize={shown.length} aria-posinset={i + 1}>
                  <input type="checkbox" aria-label={t('select', { title: e.title || e.id })} data-testid="entry-check" checked={checked.has(e.uid)}
                    onChange={() => {
                      const next = new Set(checked);
                      if (next.has(e.uid)) next.delete(e.uid);
                      else next.add(e.uid);
                      setChecked(next);
                    }} />
                  <button type="button" class="entry-button" data-entry-button={e.uid} aria-current={selected === e.uid ? 'true' : undefined} onClick={() => onSelect(e.uid)} onKeyDown={(ev) => onKeyDown(ev, i)}
                    onFocus={() => setFocused(e.uid)} onBlur={() => setFocused((f) => (f === e.uid ? null : f))}>
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
        </div>
      )}
    </section>
  );
}
