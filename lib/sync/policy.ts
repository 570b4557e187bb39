import { z } from 'zod';
import type { AppDB } from '../db/database';
import { checkFeedUrl } from '../feed/schema';
import { addFeed } from './sync-feed';

// The administrator's policy (storage.managed, schema in data/public/managed_schema.json). Parsed leniently:
// a bad entry is dropped, never allowed to break the worker.
const policySchema = z.object({
  feeds: z.array(z.object({ url: z.string(), publicKey: z.string().optional() }).catch({ url: '' })).catch([]).default([]),
  syncMinutes: z.number().int().min(5).optional().catch(undefined),
  disableBundledPacks: z.boolean().optional().catch(undefined),
});
export type ManagedPolicy = z.infer<typeof policySchema>;

export function parsePolicy(value: unknown): ManagedPolicy {
  const r = policySchema.safeParse(value ?? {});
  const policy = r.success ? r.data : { feeds: [] };
  return { ...policy, feeds: policy.feeds.filter((f) => f.url) };
}

/**
 * The policy is authoritative for managed feeds: every feed it lists is (re)marked managed with the policy's
 * key (an administrator rotating the key must not be ignored), and a feed it no longer lists stops being
 * managed, so the agent can remove it.
 */
export async function applyPolicyFeeds(db: AppDB, feeds: ManagedPolicy['feeds']): Promise<void> {
  const listed = new Set<string>();
  for (const f of feeds) {
    const ok = checkFeedUrl(f.url);
    if (!ok.ok) continue;
    listed.add(ok.url);
    await addFeed(db, ok.url, { managed: true, publicKey: f.publicKey });
  }
  for (const row of await db.feeds.where('managed').equals(1).toArray()) {
    if (!listed.has(row.url)) await db.feeds.update(row.url, { managed: 0 });
  }
}
