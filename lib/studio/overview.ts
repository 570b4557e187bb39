import { staleCounts, type StaleCounts } from './dates';
import { categoryTree, facet, flagCounts, type CategoryNode, type FilterContext } from './filter';
import type { StudioEntry } from './types';
import { invalidUids } from './validate';

// Everything the studio shows about the whole pack at once (dashboard counts, filter choices, entries with
// errors), in one pass the worker makes after each change: on a big pack these walks are what would hold
// up the page if it made them on every keystroke.

export interface DashboardCounts extends StaleCounts {
  total: number;
  draft: number;
  review: number;
  published: number;
  needsReview: number;
}

export interface Overview {
  counts: DashboardCounts;
  tree: { roots: CategoryNode[]; uncategorised: number };
  tags: { value: string; count: number }[];
  owners: { value: string; count: number }[];
  /** Distinct categories, sorted (the form's suggestions). */
  categoryNames: string[];
  /** Uids of entries with errors (list badges). */
  invalid: string[];
}

export function dashboardCounts(entries: readonly StudioEntry[], ctx: FilterContext): DashboardCounts {
  const status = { draft: 0, review: 0, published: 0 };
  for (const e of entries) if (e.status in status) status[e.status]++;
  return { total: entries.length, ...status, ...staleCounts(entries, ctx.now), needsReview: flagCounts(entries, ctx)['needs-review'] };
}

export function overview(entries: readonly StudioEntry[], ctx: FilterContext): Overview {
  const categoryNames = [...new Set(entries.map((e) => e.category).filter((c): c is string => !!c))].sort();
  return {
    counts: dashboardCounts(entries, ctx),
    tree: categoryTree(entries),
    tags: facet(entries, 'tags'),
    owners: facet(entries, 'owner'),
    categoryNames,
    invalid: [...invalidUids(entries)],
  };
}
