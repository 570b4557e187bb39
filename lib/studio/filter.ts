import { normalizeForMatch, type Matcher } from '../match';
import { wordingMatcher } from './wording';
import { dateFlags } from './dates';
import type { EntryStatus, StudioEntry } from './types';
import { needsReview, type EntryUse } from './usage';

// Browsing a pack: search with the matcher (what a buyer's words would find), then narrow by category
// (a tree: "物流/发货" sits under "物流"), tag, owner, status and the attention flags.

export const flags = ['stale', 'expired', 'expiring', 'never-inserted', 'needs-review'] as const;
export type Flag = (typeof flags)[number];

/** The category filter value for entries without a category. */
export const NO_CATEGORY = '\u0000none';

export interface EntryFilter {
  text?: string;
  category?: string;
  tag?: string;
  owner?: string;
  status?: EntryStatus;
  flag?: Flag;
}

export interface FilterContext {
  now: number;
  /** Usage per entry id; null when unknown (a pack agents never had): usage flags then match nothing. */
  usage: ReadonlyMap<string, EntryUse> | null;
  synonyms?: string[][];
}

/** The search index of the working entries (see wording.ts). */
export const browseMatcher = wordingMatcher;

function hasFlag(e: StudioEntry, flag: Flag, ctx: FilterContext): boolean {
  if (flag === 'never-inserted') return ctx.usage !== null && (ctx.usage.get(e.id)?.inserted ?? 0) === 0;
  if (flag === 'needs-review') return ctx.usage !== null && needsReview(ctx.usage.get(e.id));
  return dateFlags(e, ctx.now)[flag];
}

export function inCategory(e: { category?: string }, category: string): boolean {
  const c = e.category?.trim() ?? '';
  if (category === NO_CATEGORY) return !c;
  return c === category || c.startsWith(`${category}/`);
}

const passes = (e: StudioEntry, filter: EntryFilter, ctx: FilterContext) =>
  (filter.category === undefined || inCategory(e, filter.category)) &&
  (filter.tag === undefined || (e.tags ?? []).includes(filter.tag)) &&
  (filter.owner === undefined || (e.owner ?? '') === filter.owner) &&
  (filter.status === undefined || e.status === filter.status) &&
  (filter.flag === undefined || hasFlag(e, filter.flag, ctx));

/** Normalised id + title + answer per entry object (entries are replaced, never changed in place). */
const haystacks = new WeakMap<StudioEntry, string>();
function haystack(e: StudioEntry): string {
  let h = haystacks.get(e);
  if (h === undefined) haystacks.set(e, (h = normalizeForMatch(`${e.id} ${e.title} ${e.answer}`)));
  return h;
}

/**
 * Uids of the entries a search text finds, best first: the matcher's ranking, then entries whose id,
 * title or answer contain the text literally (ids and exact strings the matcher may not rank).
 * The expensive half of filtering, so the studio runs it in its worker.
 */
export function textRanking(entries: readonly StudioEntry[], text: string, ctx: Pick<FilterContext, 'now' | 'synonyms'>, matcher?: Matcher): string[] {
  const q = text.trim();
  if (!q) return [];
  const live = new Set(entries.map((e) => e.uid));
  const out: string[] = [];
  const seen = new Set<string>();
  const m = matcher ?? browseMatcher(entries, ctx.synonyms);
  for (const hit of m.search(q, { top: entries.length, now: ctx.now })) {
    if (live.has(hit.id) && !seen.has(hit.id)) {
      out.push(hit.id);
      seen.add(hit.id);
    }
  }
  const needle = normalizeForMatch(q);
  if (!needle) return out;
  for (const e of entries) {
    if (!seen.has(e.uid) && haystack(e).includes(needle)) {
      out.push(e.uid);
      seen.add(e.uid);
    }
  }
  return out;
}

/**
 * The entries that pass the filter, in the order of `ranked` (uids from textRanking) when the filter
 * has search text. Ranked uids no longer in `entries` are skipped; entries are the current objects.
 */
export function filterRanked(entries: readonly StudioEntry[], filter: EntryFilter, ctx: FilterContext, ranked?: readonly string[]): StudioEntry[] {
  const text = filter.text?.trim() ?? '';
  if (!text || !ranked) return entries.filter((e) => passes(e, filter, ctx));
  const byUid = new Map(entries.map((e) => [e.uid, e]));
  const out: StudioEntry[] = [];
  for (const uid of ranked) {
    const e = byUid.get(uid);
    if (e && passes(e, filter, ctx)) out.push(e);
  }
  return out;
}

/**
 * Entries that pass the filter. With search text: the matcher's ranking first (best first), then entries
 * whose id, title or answer contain the text literally (ids and exact strings the matcher may not rank).
 */
export function filterEntries(entries: readonly StudioEntry[], filter: EntryFilter, ctx: FilterContext, matcher?: Matcher): StudioEntry[] {
  const text = filter.text?.trim() ?? '';
  return filterRanked(entries, filter, ctx, text ? textRanking(entries, text, ctx, matcher) : undefined);
}

export interface CategoryNode {
  name: string;
  /** Full path, e.g. "物流/发货". */
  path: string;
  /** Entries in this category and below. */
  count: number;
  children: CategoryNode[];
}

/** The category tree ("/" separates levels), alphabetical, with counts; uncategorised entries are counted apart. */
export function categoryTree(entries: readonly { category?: string }[]): { roots: CategoryNode[]; uncategorised: number } {
  const roots: CategoryNode[] = [];
  let uncategorised = 0;
  for (const e of entries) {
    const parts = (e.category ?? '').split('/').map((p) => p.trim()).filter(Boolean);
    if (!parts.length) {
      uncategorised++;
      continue;
    }
    let level = roots;
    let path = '';
    for (const name of parts) {
      path = path ? `${path}/${name}` : name;
      let node = level.find((n) => n.name === name);
      if (!node) level.push((node = { name, path, count: 0, children: [] }));
      node.count++;
      level = node.children;
    }
  }
  const sort = (nodes: CategoryNode[]) => {
    nodes.sort((a, b) => a.name.localeCompare(b.name));
    for (const n of nodes) sort(n.children);
  };
  sort(roots);
  return { roots, uncategorised };
}

/** Distinct values of a list field or a text field, most used first. */
export function facet(entries: readonly StudioEntry[], field: 'tags' | 'owner'): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const values = field === 'tags' ? (e.tags ?? []) : e.owner ? [e.owner] : [];
    for (const v of values) if (v.trim()) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** How many entries carry each flag (for the filter labels and the dashboard). */
export function flagCounts(entries: readonly StudioEntry[], ctx: FilterContext): Record<Flag, number> {
  const out = Object.fromEntries(flags.map((f) => [f, 0])) as Record<Flag, number>;
  for (const e of entries) for (const f of flags) if (hasFlag(e, f, ctx)) out[f]++;
  return out;
}
