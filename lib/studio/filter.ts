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

/**
 * Entries that pass the filter. With search text: the matcher's ranking first (best first), then entries
 * whose id, title or answer contain the text literally (ids and exact strings the matcher may not rank).
 */
export function filterEntries(entries: readonly StudioEntry[], filter: EntryFilter, ctx: FilterContext, matcher?: Matcher): StudioEntry[] {
  const passes = (e: StudioEntry) =>
    (filter.category === undefined || inCategory(e, filter.category)) &&
    (filter.tag === undefined || (e.tags ?? []).includes(filter.tag)) &&
    (filter.owner === undefined || (e.owner ?? '') === filter.owner) &&
    (filter.status === undefined || e.status === filter.status) &&
    (filter.flag === undefined || hasFlag(e, filter.flag, ctx));
  const text = filter.text?.trim() ?? '';
  if (!text) return entries.filter(passes);

  const byUid = new Map(entries.map((e) => [e.uid, e]));
  const out: StudioEntry[] = [];
  const seen = new Set<string>();
  const m = matcher ?? browseMatcher(entries, ctx.synonyms);
  for (const hit of m.search(text, { top: entries.length, now: ctx.now })) {
    const e = byUid.get(hit.id);
    if (e && passes(e) && !seen.has(e.uid)) {
      out.push(e);
      seen.add(e.uid);
    }
  }
  const needle = normalizeForMatch(text);
  for (const e of entries) {
    if (seen.has(e.uid) || !passes(e)) continue;
    const hay = normalizeForMatch(`${e.id} ${e.title} ${e.answer}`);
    if (needle && hay.includes(needle)) {
      out.push(e);
      seen.add(e.uid);
    }
  }
  return out;
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
