import { describe, expect, it } from 'vitest';
import { deleteEntries, extendReview, normalizeCategory, setCategory, setOwner, setReviewDate, setStatus, type BulkResult } from '@/lib/studio/bulk';
import { emptyHistory, record, undo } from '@/lib/studio/undo';
import type { StudioDoc } from '@/lib/studio/types';
import { docWith, NOW, uidOf } from './helpers';

// Bulk edits over a doc of three entries: two selected (a published one and a draft), one left alone.

const base = () =>
  docWith([
    { id: 'a', title: 'A', questions: ['qa'], answer: 'x', category: '售前', owner: '小王', reviewBy: '2026-12-01', status: 'published' },
    { id: 'b', title: 'B', questions: ['qb'], answer: 'y', reviewBy: '2020-01-01', status: 'draft' },
    { id: 'c', title: 'C', questions: ['qc'], answer: 'z', category: '其他', owner: '小张', status: 'published' },
  ]);
const pick = (doc: StudioDoc, ...ids: string[]) => new Set(ids.map((id) => uidOf(doc, id)));
const byId = (doc: StudioDoc, id: string) => doc.entries.find((e) => e.id === id)!;

function ok(r: BulkResult): { doc: StudioDoc; changed: number } {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}: ${r.message}`);
  return r;
}

/** A refused edit: a code, a readable message, and the very same doc back unchanged. */
function refused(r: BulkResult, error: string, before: StudioDoc, snapshot: string) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toBe(error);
  expect(r.message.length).toBeGreaterThan(5);
  expect(JSON.stringify(before)).toBe(snapshot);
}

describe('setCategory', () => {
  it('moves the selected entries only, trimming each level; published ones go back to draft', () => {
    const doc = base();
    const r = ok(setCategory(doc, pick(doc, 'a', 'b'), '  售后 / 退货 '));
    expect(r.changed).toBe(2);
    expect(byId(r.doc, 'a')).toMatchObject({ category: '售后/退货', status: 'draft' });
    expect(byId(r.doc, 'b')).toMatchObject({ category: '售后/退货', status: 'draft' });
    expect(byId(r.doc, 'c')).toBe(byId(doc, 'c'));
    // The old doc is untouched (undo keeps it).
    expect(byId(doc, 'a')).toMatchObject({ category: '售前', status: 'published' });
  });

  it('refuses an empty category or one with an empty level, and changes nothing', () => {
    const doc = base();
    const snap = JSON.stringify(doc);
    const sel = pick(doc, 'a', 'c');
    refused(setCategory(doc, sel, ''), 'empty-category', doc, snap);
    refused(setCategory(doc, sel, '   '), 'empty-category', doc, snap);
    for (const bad of ['售后//退货', '/售后', '售后/', ' / ']) refused(setCategory(doc, sel, bad), 'empty-category-level', doc, snap);
  });

  it('normalizeCategory trims levels and rejects empty ones', () => {
    expect(normalizeCategory(' a / b ')).toBe('a/b');
    expect(normalizeCategory('a')).toBe('a');
    expect(normalizeCategory('a//b')).toBeNull();
  });
});

describe('setOwner', () => {
  it('sets the owner on the selection; owner is bookkeeping so published entries stay published', () => {
    const doc = base();
    const r = ok(setOwner(doc, pick(doc, 'a', 'c'), ' 小李 '));
    expect(byId(r.doc, 'a')).toMatchObject({ owner: '小李', status: 'published' });
    expect(byId(r.doc, 'c')).toMatchObject({ owner: '小李', status: 'published' });
    expect(byId(r.doc, 'b').owner).toBeUndefined();
  });

  it('refuses an empty owner', () => {
    const doc = base();
    const snap = JSON.stringify(doc);
    refused(setOwner(doc, pick(doc, 'a'), '  '), 'empty-owner', doc, snap);
  });
});

describe('review dates', () => {
  it('extends a future date from itself and a past, missing or unreadable one from today', () => {
    const doc = docWith([
      { id: 'a', title: 'A', questions: ['qa'], answer: 'x', reviewBy: '2026-12-01', status: 'published' },
      { id: 'b', title: 'B', questions: ['qb'], answer: 'y', reviewBy: '2020-01-01' },
      { id: 'c', title: 'C', questions: ['qc'], answer: 'z' },
      { id: 'd', title: 'D', questions: ['qd'], answer: 'w', reviewBy: 'soon' },
    ]);
    const r = ok(extendReview(doc, pick(doc, 'a', 'b', 'c', 'd'), 30, NOW));
    expect(byId(r.doc, 'a')).toMatchObject({ reviewBy: '2026-12-31', status: 'published' });
    // NOW is 2026-11-20.
    for (const id of ['b', 'c', 'd']) expect(byId(r.doc, id).reviewBy).toBe('2026-12-20');
  });

  it('refuses a day count that is not a whole number above 0', () => {
    const doc = base();
    const snap = JSON.stringify(doc);
    for (const days of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) refused(extendReview(doc, pick(doc, 'a'), days, NOW), 'bad-days', doc, snap);
  });

  it('sets one review date for all, keeping published entries published', () => {
    const doc = base();
    const r = ok(setReviewDate(doc, pick(doc, 'a', 'b'), '2027-03-01'));
    expect(byId(r.doc, 'a')).toMatchObject({ reviewBy: '2027-03-01', status: 'published' });
    expect(byId(r.doc, 'b').reviewBy).toBe('2027-03-01');
    expect(byId(r.doc, 'c').reviewBy).toBeUndefined();
  });

  it('refuses invalid dates, including days that do not exist', () => {
    const doc = base();
    const snap = JSON.stringify(doc);
    for (const bad of ['', 'tomorrow', '2027-02-30', '2027-13-01', '2027-3-1', '01/03/2027']) {
      refused(setReviewDate(doc, pick(doc, 'a'), bad), 'not-a-date', doc, snap);
    }
  });
});

describe('setStatus', () => {
  it('sets the status of the selection', () => {
    const doc = base();
    const r = ok(setStatus(doc, pick(doc, 'b', 'c'), 'review'));
    expect(r.doc.entries.map((e) => e.status)).toEqual(['published', 'review', 'review']);
  });

  it('refuses an unknown status (a tampered select value)', () => {
    const doc = base();
    const snap = JSON.stringify(doc);
    refused(setStatus(doc, pick(doc, 'a'), 'approved'), 'bad-status', doc, snap);
  });
});

describe('deleteEntries', () => {
  it('removes the selection only', () => {
    const doc = base();
    const r = ok(deleteEntries(doc, pick(doc, 'a', 'c')));
    expect(r.changed).toBe(2);
    expect(r.doc.entries.map((e) => e.id)).toEqual(['b']);
    expect(doc.entries).toHaveLength(3);
  });
});

describe('selection', () => {
  it('an empty selection, or one whose entries are gone, is refused for every operation', () => {
    const doc = base();
    const snap = JSON.stringify(doc);
    for (const sel of [new Set<string>(), new Set(['u999'])]) {
      refused(setCategory(doc, sel, '售后'), 'nothing-selected', doc, snap);
      refused(setOwner(doc, sel, '小李'), 'nothing-selected', doc, snap);
      refused(extendReview(doc, sel, 30, NOW), 'nothing-selected', doc, snap);
      refused(setReviewDate(doc, sel, '2027-01-01'), 'nothing-selected', doc, snap);
      refused(setStatus(doc, sel, 'draft'), 'nothing-selected', doc, snap);
      refused(deleteEntries(doc, sel), 'nothing-selected', doc, snap);
    }
  });
});

describe('undo', () => {
  it('each bulk operation is one undo step that restores every entry it changed', () => {
    const doc = base();
    const sel = pick(doc, 'a', 'b', 'c');
    const ops: ((d: StudioDoc) => BulkResult)[] = [
      (d) => setCategory(d, sel, '售后/退货'),
      (d) => setOwner(d, sel, '小李'),
      (d) => extendReview(d, sel, 90, NOW),
      (d) => setReviewDate(d, sel, '2027-06-30'),
      (d) => setStatus(d, sel, 'review'),
      (d) => deleteEntries(d, sel),
    ];
    // Apply all six as the studio does (record the state before each change), then undo them one by one.
    let history = emptyHistory<StudioDoc>();
    let current = doc;
    const states = [JSON.stringify(doc)];
    for (const op of ops) {
      const next = ok(op(current)).doc;
      expect(JSON.stringify(next)).not.toBe(JSON.stringify(current));
      history = record(history, current);
      current = next;
      states.push(JSON.stringify(current));
    }
    expect(current.entries).toEqual([]);
    for (let i = ops.length - 1; i >= 0; i--) {
      const u = undo(history, current)!;
      history = u.history;
      current = u.state;
      expect(JSON.stringify(current)).toBe(states[i]);
    }
    expect(current).toBe(doc);
  });
});
