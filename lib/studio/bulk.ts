import { removeEntries, updateEntries } from './doc';
import { dateMs, extendDate } from './dates';
import { isStatus } from './status';
import type { StudioDoc, StudioEntry } from './types';

// Changes to many selected entries at once. Moving entries to another category sends published ones back
// to review like any content change; owner, review dates and status are bookkeeping.
// Input comes from text boxes and selects: bad input is refused with a code (the UI words it in the team
// lead's language) and the doc is left as it was, so a stray click never wipes a field on 500 entries.

export type BulkError = 'nothing-selected' | 'empty-category' | 'empty-category-level' | 'empty-owner' | 'bad-days' | 'not-a-date' | 'bad-status';

export type BulkResult = { ok: true; doc: StudioDoc; changed: number } | { ok: false; error: BulkError; message: string };

const messages: Record<BulkError, string> = {
  'nothing-selected': 'no entry is selected',
  'empty-category': 'the category is empty',
  'empty-category-level': 'the category has an empty level (e.g. "a//b" or a leading or trailing "/")',
  'empty-owner': 'the owner is empty',
  'bad-days': 'the number of days must be a whole number above 0',
  'not-a-date': 'not a valid date (use YYYY-MM-DD)',
  'bad-status': 'unknown status',
};

const fail = (error: BulkError): BulkResult => ({ ok: false, error, message: messages[error] });

function apply(doc: StudioDoc, uids: ReadonlySet<string>, patch: (e: StudioEntry) => Partial<StudioEntry>): BulkResult {
  const changed = doc.entries.filter((e) => uids.has(e.uid)).length;
  if (!changed) return fail('nothing-selected');
  return { ok: true, doc: updateEntries(doc, uids, patch), changed };
}

/** "售后 / 退货 " → "售后/退货"; null when a level is empty (the category tree would not show it). */
export function normalizeCategory(category: string): string | null {
  const levels = category.split('/').map((p) => p.trim());
  return levels.some((p) => !p) ? null : levels.join('/');
}

export function setCategory(doc: StudioDoc, uids: ReadonlySet<string>, category: string): BulkResult {
  if (typeof category !== 'string' || !category.trim()) return fail('empty-category');
  const c = normalizeCategory(category);
  if (c === null) return fail('empty-category-level');
  return apply(doc, uids, () => ({ category: c }));
}

export function setOwner(doc: StudioDoc, uids: ReadonlySet<string>, owner: string): BulkResult {
  if (typeof owner !== 'string' || !owner.trim()) return fail('empty-owner');
  return apply(doc, uids, () => ({ owner: owner.trim() }));
}

/** Review dates moved on by `days` (from today for dates already passed, never set or unreadable). */
export function extendReview(doc: StudioDoc, uids: ReadonlySet<string>, days: number, now: number): BulkResult {
  if (!Number.isInteger(days) || days <= 0) return fail('bad-days');
  return apply(doc, uids, (e) => ({ reviewBy: extendDate(e.reviewBy, days, now) }));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** One review date for all: a real calendar day as YYYY-MM-DD ("2026-02-30" is refused, not rolled over). */
export function setReviewDate(doc: StudioDoc, uids: ReadonlySet<string>, date: string): BulkResult {
  const d = typeof date === 'string' ? date.trim() : '';
  const ms = DATE_ONLY.test(d) ? dateMs(d) : undefined;
  if (ms === undefined || new Date(ms).toISOString().slice(0, 10) !== d) return fail('not-a-date');
  return apply(doc, uids, () => ({ reviewBy: d }));
}

export function setStatus(doc: StudioDoc, uids: ReadonlySet<string>, status: string): BulkResult {
  if (!isStatus(status)) return fail('bad-status');
  return apply(doc, uids, () => ({ status }));
}

export function deleteEntries(doc: StudioDoc, uids: ReadonlySet<string>): BulkResult {
  const changed = doc.entries.filter((e) => uids.has(e.uid)).length;
  if (!changed) return fail('nothing-selected');
  return { ok: true, doc: removeEntries(doc, uids), changed };
}
