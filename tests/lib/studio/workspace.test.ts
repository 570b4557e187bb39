import { describe, expect, it } from 'vitest';
import { removeEntries, updateEntry } from '@/lib/studio/doc';
import { afterExport, buildExport } from '@/lib/studio/export';
import { filterEntries } from '@/lib/studio/filter';
import { PatchSender } from '@/lib/studio/sync';
import type { StudioDoc } from '@/lib/studio/types';
import { Workspace } from '@/lib/studio/workspace';
import { fixtureText, NOW, shopDoc } from './helpers';

/** A workspace holding `doc` (as the worker does after opening it) and the page's patch sender. */
function open(doc: StudioDoc) {
  const ws = new Workspace();
  const sender = new PatchSender();
  ws.reset(doc);
  sender.reset(doc);
  const send = (d: StudioDoc) => {
    const p = sender.patch(d);
    if (p) expect(ws.apply(p)).toBe(true);
  };
  return { ws, send, sender };
}

describe('the worker workspace', () => {
  it('opens a pack file as the page would', () => {
    const ws = new Workspace();
    const r = ws.openFile('shop-v1.json', fixtureText('shop-v1.json'), NOW, 'doc-test');
    expect(r.ok).toBe(true);
    expect(ws.doc).toEqual(shopDoc());
    expect(ws.openFile('bad.json', '{"format":"kbpack/1"}', NOW).ok).toBe(false);
  });

  it('search ranks the same entries as filtering on the page', () => {
    const doc = shopDoc();
    const { ws } = open(doc);
    for (const text of ['发货', '退款多久', doc.entries[2]!.id]) {
      const expected = filterEntries(doc.entries, { text }, { now: NOW, usage: null }).map((e) => e.uid);
      expect(ws.search(text, NOW)).toEqual(expected);
    }
  });

  it('rebuilds the search index only when the wording changed', () => {
    const doc = shopDoc();
    const { ws, send } = open(doc);
    const first = ws.matcher();
    const uid = doc.entries[0]!.uid;
    const owned = updateEntry(doc, uid, { owner: '小王', tags: ['x'] });
    send(owned);
    expect(ws.matcher()).toBe(first);
    const reworded = updateEntry(owned, uid, { questions: ['礼品卡能退款吗'] });
    send(reworded);
    const second = ws.matcher();
    expect(second).not.toBe(first);
    expect(ws.search('礼品卡能退款吗', NOW)[0]).toBe(uid);
    send(removeEntries(reworded, new Set([uid])));
    expect(ws.search('礼品卡能退款吗', NOW)).not.toContain(uid);
  });

  it('checks one edited entry for duplicate phrasings against the rest', () => {
    const doc = shopDoc();
    const { ws, send } = open(doc);
    const [a, b] = doc.entries;
    send(updateEntry(doc, b!.uid, { questions: [...b!.questions, a!.questions[0]!] }));
    const d = ws.entryDuplicates(b!.uid);
    expect(d.same).toHaveLength(1);
    expect(d.same[0]!.entries.map((e) => e.uid).sort()).toEqual([a!.uid, b!.uid].sort());
    expect(ws.entryDuplicates('no-such-uid')).toEqual({ same: [], outranked: [] });
  });

  it('overview: counts, filter choices and entries with errors, after each change', () => {
    const doc = shopDoc();
    const { ws, send } = open(doc);
    const o = ws.overview(NOW);
    expect(o.counts.total).toBe(doc.entries.length);
    expect(o.counts.published).toBe(doc.entries.length);
    expect(o.invalid).toEqual([]);
    const uid = doc.entries[1]!.uid;
    send(updateEntry(doc, uid, { answer: '' }));
    const after = ws.overview(NOW);
    expect(after.invalid).toEqual([uid]);
    expect(after.counts.draft).toBe(1);
  });

  it('export preview and export match buildExport; an adopted export is the next diff base', () => {
    const doc = updateEntry(shopDoc(), shopDoc().entries[0]!.uid, { answer: '新答案', status: 'published' });
    const { ws, send, sender } = open(shopDoc());
    send(doc);
    const expected = buildExport(doc, NOW);
    if (!expected.ok) throw new Error('fixture export failed');
    const preview = ws.exportPreview(NOW, 'en');
    expect(preview).toMatchObject({ ok: true, published: expected.published, version: expected.pack.version, entryCount: expected.pack.entries.length });
    expect(preview.diffText).toMatch(/changed|1/);
    const done = ws.exportNow(NOW);
    expect(done.ok && done.text).toBe(expected.text);
    ws.adoptExport();
    sender.held('previous', expected.pack);
    send(afterExport(doc, expected));
    expect(ws.exportPreview(NOW + 1, 'en').diffText).toBe('');
  });

  it('a preview asked for between an export and adopt-export does not replace the exported pack as diff base', () => {
    let doc = shopDoc();
    const { ws, send, sender } = open(doc);
    const done = ws.exportNow(NOW);
    if (!done.ok) throw new Error('fixture export failed');
    // The user keeps editing while the download starts; the debounced preview is queued before adopt-export.
    doc = updateEntry(doc, doc.entries[0]!.uid, { answer: 'EDITED WHILE EXPORTING', status: 'published' });
    send(doc);
    ws.exportPreview(NOW + 1000, 'en');
    sender.held('previous', done.pack);
    ws.adoptExport();
    doc = afterExport(doc, done);
    send(doc);
    // The worker's diff base is the pack the page downloaded (what the page's doc says), not the preview's.
    expect(ws.doc!.previous).toEqual(doc.previous);
    expect(ws.exportPreview(NOW + 2000, 'en').diffText).not.toBe('');
  });

  it('tries a question on the working pack', () => {
    const doc = shopDoc();
    const { ws } = open(doc);
    const q = doc.entries[0]!.questions[0]!;
    const r = ws.try(q, 'working', {}, NOW);
    expect(r.suggestions[0]?.entry.id).toBe(doc.entries[0]!.id);
    expect(ws.try('', 'working', {}, NOW).suggestions).toEqual([]);
  });
});
