import { entryStatuses, type EntryStatus, type StudioEntry } from './types';

// Review flow: draft → in review → published. Changing what agents see or what matching uses sends a
// published (or in-review) entry back to draft: a reviewed answer that was edited needs review again.
// Until it is re-published, export keeps the previous published version of it (see export.ts).

export function isStatus(v: unknown): v is EntryStatus {
  return typeof v === 'string' && (entryStatuses as readonly string[]).includes(v);
}

/** Status of a raw entry; entries of a published pack (no status field) are published. */
export function statusOf(entry: object, fallback: EntryStatus = 'published'): EntryStatus {
  const s = (entry as { status?: unknown }).status;
  return isStatus(s) ? s : fallback;
}

/** The next step of the flow (published stays published). */
export function nextStatus(s: EntryStatus): EntryStatus {
  return s === 'draft' ? 'review' : 'published';
}

/** Fields whose change needs review again. owner, reviewBy and tags are bookkeeping and do not. */
export const CONTENT_FIELDS: readonly string[] = [
  'id',
  'title',
  'questions',
  'answer',
  'tones',
  'keywords',
  'category',
  'products',
  'validFrom',
  'validUntil',
];

/** JSON with sorted object keys, so key order is not a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const isEmptyValue = (k: string, v: unknown) =>
  v === undefined ||
  (typeof v === 'string' && v === '' && !['id', 'title', 'answer'].includes(k)) ||
  (Array.isArray(v) && v.length === 0 && k !== 'questions') ||
  (k === 'tones' && typeof v === 'object' && v !== null && !Object.values(v).some((t) => typeof t === 'string' && t.trim()));

/** Apply a patch to an entry; a content change demotes it to draft unless the patch sets a status. */
export function applyEdit(entry: StudioEntry, patch: Partial<StudioEntry>): StudioEntry {
  const next = { ...entry, ...patch } as StudioEntry;
  // Renaming an entry must not take its published answer away from agents until the new one is published.
  if (patch.id !== undefined && patch.id !== entry.id && entry.publishedId === undefined) next.publishedId = entry.id;
  if (patch.tones && typeof patch.tones === 'object') {
    next.tones = Object.fromEntries(Object.entries(patch.tones).filter(([, t]) => typeof t === 'string' && t.trim())) as StudioEntry['tones'];
  }
  // Empty optional values are removed rather than stored as "" / [] (the schema would keep them).
  for (const [k, v] of Object.entries({ ...patch, ...(patch.tones ? { tones: next.tones } : {}) })) if (isEmptyValue(k, v)) delete (next as Record<string, unknown>)[k];
  if (patch.status !== undefined) return next;
  const changed = CONTENT_FIELDS.some((f) => !same((entry as Record<string, unknown>)[f], (next as Record<string, unknown>)[f]));
  if (changed && entry.status !== 'draft') next.status = 'draft';
  return next;
}
