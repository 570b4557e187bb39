import { z } from 'zod';

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
