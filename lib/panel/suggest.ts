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

export function suggest(
  matcher: Matcher,
  entries: Map<string, EntryRow>,
  query: string,
  options: { top?: number; now?: number; context?: { product?: string; order?: string } } = {},
): Suggestion[] {
  if (!query.trim()) return [];
  const hits: MatchHit[] = matcher.search(query, { top: options.top ?? 5, now: options.now, context: options.context });
  const out: Suggestion[] = [];
  for (const h of hits) {
    const row = entries.get(h.id);
    if (!row) continue; // an entry of a pack disabled since the index was read
    out.push({ key: h.id, entry: row.entry, packId: row.packId, score: h.score, why: h.why, stale: h.stale, productMatch: !!h.productMatch });
  }
  return out;
}
