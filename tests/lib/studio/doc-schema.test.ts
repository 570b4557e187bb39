import { describe, expect, it } from 'vitest';
import { parseDoc } from '@/lib/studio/doc-schema';
import { addEntry } from '@/lib/studio/doc';
import { shopDoc } from './helpers';

describe('parseDoc', () => {
  it('a doc survives a JSON round trip unchanged', () => {
    const doc = addEntry(shopDoc(), { title: '草稿' }).doc;
    expect(parseDoc(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('refuses damaged docs rather than half-loading them', () => {
    const doc = shopDoc();
    expect(parseDoc(null)).toBeNull();
    expect(parseDoc('x')).toBeNull();
    expect(parseDoc({ ...doc, entries: 'nope' })).toBeNull();
    expect(parseDoc({ ...doc, entries: [{ ...doc.entries[0], status: 'live' }] })).toBeNull();
    expect(parseDoc({ ...doc, entries: [doc.entries[0], doc.entries[0]] })).toBeNull();
  });

  it('repairs what can be repaired: a broken diff base, a seq behind the uids', () => {
    const doc = shopDoc();
    const r = parseDoc({ ...doc, previous: { format: 'nope' }, seq: 0, gaps: 'x' });
    expect(r?.previous).toBeNull();
    expect(r?.gaps).toEqual([]);
    expect(r?.seq).toBe(doc.entries.length);
    const added = addEntry(r!, {});
    expect(new Set(added.doc.entries.map((e) => e.uid)).size).toBe(added.doc.entries.length);
  });
});
