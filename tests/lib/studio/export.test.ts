import { describe, expect, it } from 'vitest';
import { verifyBytes, generateKeyPair } from '@/lib/feed/keys';
import { parsePackText } from '@/lib/pack/schema';
import { addEntry, removeEntries, updateEntry } from '@/lib/studio/doc';
import { afterExport, buildExport, changelog } from '@/lib/studio/export';
import { readKeyFile, signatureFile } from '@/lib/studio/sign';
import { docWith, NOW, shopDoc, uidOf } from './helpers';

describe('buildExport', () => {
  it('a draft renamed away from an id that a newer entry then takes does not bring the old answer back twice', () => {
    let doc = shopDoc();
    doc = updateEntry(doc, uidOf(doc, 'ship-time'), { id: 'shipping-time' }); // draft, published as ship-time
    const added = addEntry(doc, { id: 'ship-time', title: '新的发货时间', questions: ['多久能发'], answer: '新答案' });
    doc = updateEntry(added.doc, added.uid, { status: 'published' });
    const r = buildExport(doc, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.pack.entries.filter((e) => e.id === 'ship-time').map((e) => e.answer)).toEqual(['新答案']);
  });

  it('renaming a published entry keeps its published answer for agents until the new one is published', () => {
    let doc = shopDoc();
    const before = doc.previous!.entries.find((e) => e.id === 'ship-time')!;
    doc = updateEntry(doc, uidOf(doc, 'ship-time'), { id: 'shipping-time' });
    const r = buildExport(doc, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.keptPrevious).toEqual(['ship-time']);
    expect(r.pack.entries.find((e) => e.id === 'ship-time')).toEqual(before);
    expect(r.pack.entries.some((e) => 'publishedId' in e)).toBe(false);
    // Published under the new name: the next export has it under that name only.
    doc = updateEntry(afterExport(doc, r), uidOf(doc, 'shipping-time'), { status: 'published' });
    const r2 = buildExport(doc, NOW);
    if (!r2.ok) throw new Error(JSON.stringify(r2.errors));
    expect(r2.pack.entries.map((e) => e.id)).toContain('shipping-time');
    expect(r2.pack.entries.map((e) => e.id)).not.toContain('ship-time');
  });

  it('a new pack exports only its published entries, without studio fields, as a valid kbpack file', () => {
    const doc = docWith([
      { id: 'a', title: 'A', questions: ['能开发票吗'], answer: '可以开发票', status: 'published' },
      { id: 'b', title: 'B', questions: ['q'], answer: 'x', status: 'review' },
      { id: 'c', title: 'C', questions: ['q'], answer: 'y' },
    ]);
    const r = buildExport(doc, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.pack.entries).toEqual([{ id: 'a', title: 'A', questions: ['能开发票吗'], answer: '可以开发票' }]);
    expect(r.leftOut).toEqual({ draft: 1, review: 1 });
    expect(r.pack.version).toBe('2026.11.1');
    expect(r.pack.publishedAt).toBe('2026-11-20T08:00:00.000Z');
    expect(r.fileName).toBe('p-2026.11.1.json');
    const back = parsePackText(r.text);
    expect(back.ok && back.pack).toEqual(r.pack);
    expect(r.diff.added.map((e) => e.id)).toEqual(['a']);
  });

  it('an edited published entry goes out as last published; deleted ones are removed; the diff says so', () => {
    let doc = shopDoc();
    const before = doc.previous!;
    doc = updateEntry(doc, uidOf(doc, 'ship-time'), { answer: '还没审核的新答案' }); // back to draft
    doc = updateEntry(doc, uidOf(doc, 'ship-courier'), { answer: '改好并发布的答案' });
    doc = updateEntry(doc, uidOf(doc, 'ship-courier'), { status: 'published' });
    doc = removeEntries(doc, new Set([uidOf(doc, 'ship-track')]));
    const added = addEntry(doc, { id: 'gift-wrap', title: '礼品包装', questions: ['能包装成礼物吗'], answer: '可以' });
    doc = updateEntry(added.doc, added.uid, { status: 'published' });

    const r = buildExport(doc, NOW);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.pack.version).toBe('2026.11.2');
    expect(r.keptPrevious).toEqual(['ship-time']);
    expect(r.pack.entries.find((e) => e.id === 'ship-time')).toEqual(before.entries.find((e) => e.id === 'ship-time'));
    expect(r.pack.entries.find((e) => e.id === 'ship-courier')!.answer).toBe('改好并发布的答案');
    expect(r.diff.added.map((e) => e.id)).toEqual(['gift-wrap']);
    expect(r.diff.changed).toEqual([{ id: 'ship-courier', title: '默认快递', fields: ['answer'] }]);
    expect(r.diff.removed.map((e) => e.id)).toEqual(['ship-track']);
    expect(changelog(r, 'zh')).toMatch(/新增 1 条，修改 1 条，删除 1 条/);

    // The export becomes the next diff base and version.
    const next = afterExport(doc, r);
    const again = buildExport(next, NOW);
    expect(again.ok && again.pack.version).toBe('2026.11.3');
    expect(again.ok && again.diff).toEqual({ added: [], changed: [], removed: [] });
  });

  it('blank phrasings, keywords and tags left in the form are dropped; real problems name the entry', () => {
    const doc = docWith([
      { id: 'a', title: 'A', questions: ['q1', ' ', ''], keywords: [''], answer: 'x', status: 'published' },
      { id: 'b', title: 'B', questions: ['q'], answer: 'y', validFrom: '2026-12-01', validUntil: '2026-11-01', status: 'published' },
    ]);
    const r = buildExport(doc, NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ uid: uidOf(doc, 'b'), entryId: 'b', path: 'validUntil', message: 'ends before validFrom' }]);
    const fixed = updateEntry(doc, uidOf(doc, 'b'), { validFrom: undefined, status: 'published' });
    const ok = buildExport(fixed, NOW);
    expect(ok.ok && ok.pack.entries[0]).toEqual({ id: 'a', title: 'A', questions: ['q1'], answer: 'x' });
  });

  it('the signature from a kbpack key file verifies over the exact exported bytes', async () => {
    const keys = await generateKeyPair();
    const file = await readKeyFile(JSON.stringify(keys));
    if (!file.ok) throw new Error(file.error);
    const r = buildExport(docWith([{ id: 'a', title: '标题', questions: ['问题'], answer: '答案', status: 'published' }]), NOW);
    if (!r.ok) throw new Error('export');
    const sig = await signatureFile(r.text, file.keys);
    expect(sig.endsWith('\n')).toBe(true);
    expect(await verifyBytes(keys.publicKey, new TextEncoder().encode(r.text), sig.trim())).toBe(true);
    expect(await verifyBytes(keys.publicKey, new TextEncoder().encode(r.text.replace('答案', '改了')), sig.trim())).toBe(false);
  });

  it('key files that are not JSON, lack a key or do not match are refused', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    expect(await readKeyFile('nope')).toEqual({ ok: false, error: 'not-json' });
    expect(await readKeyFile('{"publicKey":"x"}')).toEqual({ ok: false, error: 'not-key-file' });
    expect(await readKeyFile(JSON.stringify({ publicKey: a.publicKey, privateKey: b.privateKey }))).toEqual({ ok: false, error: 'mismatch' });
  });
});
