import { updateEntries } from './doc';
import { extendDate } from './dates';
import type { EntryStatus, StudioDoc } from './types';

// Changes to many selected entries at once. Moving entries to another category sends published ones back
// to review like any content change; owner, review dates and status are bookkeeping.

export function setCategory(doc: StudioDoc, uids: ReadonlySet<string>, category: string): StudioDoc {
  return updateEntries(doc, uids, () => ({ category: category.trim() || undefined }));
}

export function setOwner(doc: StudioDoc, uids: ReadonlySet<string>, owner: string): StudioDoc {
  return updateEntries(doc, uids, () => ({ owner: owner.trim() || undefined }));
}

/** Review dates moved on by `days` (from today for dates already passed, or never set). */
export function extendReview(doc: StudioDoc, uids: ReadonlySet<string>, days: number, now: number): StudioDoc {
  if (!Number.isFinite(days) || days <= 0) return doc;
  return updateEntries(doc, uids, (e) => ({ reviewBy: extendDate(e.reviewBy, Math.round(days), now) }));
}

export function setStatus(doc: StudioDoc, uids: ReadonlySet<string>, status: EntryStatus): StudioDoc {
  return updateEntries(doc, uids, () => ({ status }));
}
