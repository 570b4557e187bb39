// hit@1, hit@3, MRR@10 and ms per query for any ranker (ours or a baseline).
import type { Query } from './datasets';

/** Returns entry ids, best first. `exclude` is the query's own entry (pair sets): drop it. */
export type Ranker = (text: string, exclude: string | undefined) => string[];

export interface Scores {
  n: number;
  hit1: number;
  hit3: number;
  mrr10: number;
  msPerQuery: number;
}

export function evaluate(rank: Ranker, queries: Query[]): Scores {
  let hit1 = 0;
  let hit3 = 0;
  let mrr = 0;
  const t0 = performance.now();
  for (const q of queries) {
    const ids = rank(q.text, q.self).filter((id) => id !== q.self).slice(0, 10);
    const pos = ids.findIndex((id) => q.expected.includes(id));
    if (pos === 0) hit1++;
    if (pos >= 0 && pos < 3) hit3++;
    if (pos >= 0) mrr += 1 / (pos + 1);
  }
  const ms = performance.now() - t0;
  const n = Math.max(1, queries.length);
  return { n: queries.length, hit1: hit1 / n, hit3: hit3 / n, mrr10: mrr / n, msPerQuery: ms / n };
}

/** Every k-th query, for baselines too slow to run on all (deterministic). */
export function subsample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}
