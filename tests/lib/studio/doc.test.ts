import { describe, expect, it } from 'vitest';
import { addEntry, entriesFromFile, idFromName, importEntries, nextEntryId, openFile, removeEntries, toPackEntry, updateEntry } from '@/lib/studio/doc';
import { parsePackText } from '@/lib/pack/schema';
import { docWith, fixtureText, NOW, shopDoc, uidOf } from './helpers';

describe('opening a pack', () => {
  it('a kbpack file: entries are published, the pack is the diff base, unknown fields survive', () => {
    const doc = shopDoc();
    const pack = parsePackText(fixtureText('shop-v1.json'));
    if (!pack.ok) throw new Error('fixture');
    expect(doc.header).toEqual({ id: 'shop-zh', title: pack.pack.title, locale: 'zh-CN', version: '2026.11.1' });
    expect(doc.entries.map((e) => e.id)).toEqual(pack.pack.entries.map((e) => e.id));
    expect(doc.entries.every((e) => e.status === 'published')).toBe(true);
    expect(new Set(doc.entries.map((e) => e.uid)).size).toBe(doc.entries.length);
    expect(doc.previous?.entries).toEqual(pack.pack.entries);
    expect(doc.entries.map(toPackEntry)).toEqual(pack.pack.entries);
    expect(doc.source).toEqual({ kind: 'file', name: 'shop-v1.json' });
  });

  it('a knowledge CSV: rows are drafts of a new pack named after the file', () => {
    const r = openFile('店铺 FAQ.csv', fixtureText('shop.csv'), NOW);
    if (!r.ok) throw new Error(r.error);
    expect(r.doc.header.id).toBe('店铺-faq');
    expect(r.doc.header.locale).toBe('zh-CN');
    expect(r.doc.entries.length).toBeGreaterThan(3);
    expect(r.doc.entries.every((e) => e.status === 'draft')).toBe(true);
    expect(r.doc.previous).toBeNull();
  });

  it('bad files come back as a readable error, never an exception', () => {
    const json = openFile('x.json', '{"format":"kbpack/1"}', NOW);
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.error).toMatch(/x\.json is not a valid pack[\s\S]*id: required/);
    const csv = openFile('x.csv', 'a,b\n1,2', NOW);
    expect(csv.ok).toBe(false);
    if (!csv.ok) expect(csv.error).toMatch(/missing column "id"/);
    expect(openFile('x.json', '', NOW).ok).toBe(false);
    expect(openFile('x.html', '<html>', NOW).ok).toBe(false);
  });

  it('file names become pack ids', () => {
    expect(idFromName('Shop FAQ (v2).json')).toBe('shop-faq-v2');
    expect(idFromName('...csv')).toBe('my-pack');
  });
});

describe('editing', () => {
  it('new entries get free ids and start as drafts with one empty phrasing', () => {
    const doc = docWith([{ id: 'entry-1', title: 'a', questions: ['q'], answer: 'x' }]);
    const { doc: next, uid } = addEntry(doc);
    const e = next.entries.find((x) => x.uid === uid)!;
    expect(e).toMatchObject({ id: 'entry-2', status: 'draft', questions: [''], title: '', answer: '' });
    expect(nextEntryId([{ id: 'gap-1' }], 'gap')).toBe('gap-2');
    expect(doc.entries).toHaveLength(1);
  });

  it('updates and removes by uid (ids may be edited or duplicated while typing)', () => {
    let doc = docWith([{ id: 'a', title: 'A', questions: ['q'], answer: 'x', status: 'published' }, { id: 'b', title: 'B', questions: ['q2'], answer: 'y' }]);
    const a = uidOf(doc, 'a');
    doc = updateEntry(doc, a, { id: 'b' });
    expect(doc.entries.map((e) => e.id)).toEqual(['b', 'b']);
    expect(doc.entries[0]!.status).toBe('draft');
    doc = removeEntries(doc, new Set([a]));
    expect(doc.entries.map((e) => e.title)).toEqual(['B']);
  });
});

describe('bulk import into an open pack', () => {
  it('adds new ids as drafts, updates changed ones (back to draft), counts unchanged ones', () => {
    const doc = shopDoc();
    const csv = entriesFromFile('more.csv', 'id,title,questions,answer\nship-time,发货时间,什么时候发货,新的答案\nnew-1,新问题,能开发票吗,可以开发票\n');
    if (!csv.ok) throw new Error(csv.error);
    const r = importEntries(doc, csv.entries);
    expect([r.added, r.updated, r.unchanged]).toEqual([1, 1, 0]);
    const shipTime = r.doc.entries.find((e) => e.id === 'ship-time')!;
    expect(shipTime).toMatchObject({ answer: '新的答案', status: 'draft', questions: ['什么时候发货'] });
    expect('keywords' in shipTime).toBe(false);
    expect(r.doc.entries.find((e) => e.id === 'new-1')!.status).toBe('draft');

    const same = importEntries(doc, doc.previous!.entries);
    expect([same.added, same.updated, same.unchanged]).toEqual([0, 0, doc.entries.length]);
    expect(same.doc.entries.every((e) => e.status === 'published')).toBe(true);
  });

  it('reports a bad file instead of importing part of it', () => {
    const r = entriesFromFile('bad.csv', 'id,title,questions,answer\nx,,q,a\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/row 2.*title.*required/);
  });
});
