import { describe, expect, it } from 'vitest';
import { addEntry, removeEntries, setHeader, updateEntry } from '@/lib/studio/doc';
import { DocReplica, PatchSender } from '@/lib/studio/sync';
import type { StudioDoc } from '@/lib/studio/types';
import { docWith } from './helpers';

const base = () => docWith([
  { id: 'a', title: 'A', questions: ['qa'], answer: 'x' },
  { id: 'b', title: 'B', questions: ['qb'], answer: 'y' },
  { id: 'c', title: 'C', questions: ['qc'], answer: 'z' },
]);

/** A page and a worker that start from the same doc (the worker opened it). */
function pair(doc: StudioDoc) {
  const sender = new PatchSender();
  const replica = new DocReplica();
  sender.reset(doc);
  replica.reset(doc);
  const send = (d: StudioDoc) => {
    const p = sender.patch(d);
    if (p && !replica.apply(p)) throw new Error('patch did not fit');
    return p;
  };
  return { sender, replica, send };
}

describe('keeping the worker copy in step', () => {
  it('sends nothing for the doc the worker already holds', () => {
    const doc = base();
    expect(pair(doc).sender.patch(doc)).toBeNull();
  });

  it('an edit sends only the changed entry, and the copy equals the page doc', () => {
    const doc = base();
    const { send, replica } = pair(doc);
    const next = updateEntry(doc, doc.entries[1]!.uid, { title: 'B2' });
    const p = send(next)!;
    expect(p.upserts.map((e) => e.id)).toEqual(['b']);
    expect(p.order).toBeUndefined();
    expect(p.fields).toEqual({});
    expect(replica.doc).toEqual(next);
  });

  it('adding and removing send the new order; undo back to old objects sends no entry at all', () => {
    const doc = base();
    const { send, replica } = pair(doc);
    const added = addEntry(doc, { title: 'D', questions: ['qd'], answer: 'w' });
    const p1 = send(added.doc)!;
    expect(p1.upserts).toHaveLength(1);
    expect(p1.order).toHaveLength(4);
    const removed = removeEntries(added.doc, new Set([doc.entries[0]!.uid]));
    const p2 = send(removed)!;
    expect(p2.upserts).toEqual([]);
    expect(replica.doc!.entries.map((e) => e.id)).toEqual(['b', 'c', 'entry-1']);
    // Undo twice: the first doc's entry objects come back.
    const p3 = send(doc)!;
    expect(p3.upserts).toEqual([]);
    expect(p3.fields.seq).toBe(doc.seq);
    expect(replica.doc).toEqual(doc);
  });

  it('fields other than entries are sent when they change, and a field the worker made is not sent back', () => {
    const doc = base();
    const { send, sender, replica } = pair(doc);
    const renamed = setHeader(doc, { title: 'New' });
    expect(send(renamed)!.fields).toEqual({ header: renamed.header });
    const previous = { format: 'kbpack/1', id: 'p', version: '1', title: 'P', locale: 'zh-CN', publishedAt: '2026-01-01T00:00:00Z', entries: [] } as unknown as StudioDoc['previous'];
    sender.held('previous', previous);
    expect(sender.patch({ ...renamed, previous })).toBeNull();
    expect(replica.doc!.header.title).toBe('New');
  });

  it('a copy that lost step says so instead of guessing, and a full resend repairs it', () => {
    const doc = base();
    const sender = new PatchSender();
    sender.reset(doc); // the page believes the worker has it; the worker has nothing
    const replica = new DocReplica();
    const next = updateEntry(doc, doc.entries[0]!.uid, { title: 'A2' });
    expect(replica.apply(sender.patch(next)!)).toBe(false);
    sender.reset();
    const full = sender.patch(next)!;
    expect(full.upserts).toHaveLength(3);
    expect(replica.apply(full)).toBe(true);
    expect(replica.doc).toEqual(next);
  });
});
