import type { EntryRow } from '../db/types';
import type { Matcher, MatchHit } from '../match';
import type { Entry } from '../pack/schema';

export interface Suggestion {
  key: string;
  entry: Entry;
  packId: string;
  score: number;
  why: string[];
  stale: boolean;
  productMatch: boolean;
}

/** The question the panel searches for: the agent's own search wins over the buyer's message. */
export function effectiveQuery(search: string, question: string): string {
  return search.trim() || question.trim();
}

export interface SuggestOptions {
  top?: number;
  now?: number;
  context?: { product?: string; order?: string };
}

/** The matcher's ranked hits for the panel's question (empty for an empty question). */
export function rankHits(matcher: Matcher, query: string, options: SuggestOptions = {}): MatchHit[] {
  if (!query.trim()) return [];
  return matcher.search(query, { top: options.top ?? 5, now: options.now, context: options.context });
}

export function suggest(matcher: Matcher, entries: ReadonlyMap<string, EntryRow>, query: string, options: SuggestOptions = {}): Suggestion[] {
  return toSuggestions(rankHits(matcher, query, options), entries);
}

/** Hits with their entries (loaded on demand by the panel); hits whose entry is not there are dropped. */
export function toSuggestions(hits: readonly MatchHit[], entries: ReadonlyMap<string, EntryRow>): Suggestion[] {
  const out: Suggestion[] = [];
  for (const h of hits) {
    const row = entries.get(h.id);
    if (!row) continue; // an entry of a pack disabled since the index was read
    out.push({ key: h.id, entry: row.entry, packId: row.packId, score: h.score, why: h.why, stale: h.stale, productMatch: !!h.productMatch });
  }
  return out;
}
