// Console adapters and platform rules delivered by a feed: listed in its index.json (`adapters`, `rules`)
// or carried by its packs (top-level `adapters`, `rules`, kept in the pack row's `extra`). Validated here
// with zod; an invalid one is skipped with a plain error and the rest applied. Stored per feed, so
// removing the feed removes them.
import type { AppDB } from '../../db/database';
import { parseRuleList } from '../../rules/schema';
import { parseAdapterList } from '../adapter-schema';
import type { FeedExtras, StoredAdapter } from '../custom-adapters';
import type { ConsoleAdapter } from '../types';

export interface ExtrasStore {
  load(feedUrl: string): Promise<FeedExtras | undefined>;
  save(extras: FeedExtras): Promise<void>;
  remove(feedUrl: string): Promise<void>;
}

export interface FeedExtrasInput {
  adapters?: unknown;
  rules?: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a feed delivers besides packs, validated. Pure: the feed index and its pack rows in, lists out. */
export function collectFeedExtras(
  index: FeedExtrasInput,
  packs: { id: string; extra?: Record<string, unknown> }[],
): { adapters: ConsoleAdapter[]; rules: unknown[]; errors: string[] } {
  const errors: string[] = [];
  const adapters: ConsoleAdapter[] = [];
  const rules: unknown[] = [];
  const take = (source: FeedExtrasInput, where: string) => {
    const a = parseAdapterList(source.adapters, where);
    errors.push(...a.errors);
    for (const adapter of a.adapters) {
      if (adapters.some((x) => x.id === adapter.id)) errors.push(`${where}: adapter "${adapter.id}" is already delivered by this feed; this copy was skipped.`);
      else adapters.push(adapter);
    }
    const r = parseRuleList(source.rules, where);
    errors.push(...r.errors);
    rules.push(...r.rules);
  };
  take(index, 'The feed index');
  for (const p of packs) take(p.extra ?? {}, `Pack "${p.id}"`);
  return { adapters, rules, errors };
}

/**
 * Apply a feed's adapters and rules after its packs were applied (pack rows already hold their extras).
 * An adapter unchanged since the last sync keeps its date, so a newer local re-teach still wins over it.
 * Returns the validation errors, for the feed's status.
 */
export async function applyFeedExtras(db: AppDB, feedUrl: string, index: FeedExtrasInput, store: ExtrasStore, now = Date.now()): Promise<string[]> {
  const packs = await db.packs.where('source').equals(`feed:${feedUrl}`).toArray();
  const { adapters, rules, errors } = collectFeedExtras(index, packs);
  const previous = await store.load(feedUrl);
  const stored: StoredAdapter[] = adapters.map((adapter) => {
    const before = previous?.adapters.find((s) => s.adapter.id === adapter.id);
    return { adapter, source: `feed:${feedUrl}`, savedAt: before && same(before.adapter, adapter) ? before.savedAt : now };
  });
  if (!stored.length && !rules.length) {
    if (previous) await store.remove(feedUrl);
    return errors;
  }
  if (previous && same(previous.adapters, stored) && same(previous.rules, rules)) return errors;
  await store.save({ url: feedUrl, adapters: stored, rules, at: now });
  return errors;
}
