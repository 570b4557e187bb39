import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addEntry, newDoc, openFile, updateEntry } from '@/lib/studio/doc';
import type { Entry } from '@/lib/pack/schema';
import type { EntryStatus, StudioDoc } from '@/lib/studio/types';

export const NOW = Date.parse('2026-11-20T08:00:00Z');
export const fixturesDir = join(__dirname, '../../fixtures/packs');
export const fixtureText = (name: string) => readFileSync(join(fixturesDir, name), 'utf8');

/** The shop-v1 fixture opened as a studio doc (every entry published). */
export function shopDoc(): StudioDoc {
  const r = openFile('shop-v1.json', fixtureText('shop-v1.json'), NOW, 'doc-test');
  if (!r.ok) throw new Error(r.error);
  return r.doc;
}

/** A new doc with the given entries, each at the given status. */
export function docWith(entries: (Partial<Entry> & { status?: EntryStatus })[], header = { id: 'p', title: 'P', locale: 'zh-CN' }): StudioDoc {
  let doc = newDoc(header, NOW, 'doc-x');
  for (const { status, ...fields } of entries) {
    const r = addEntry(doc, fields);
    doc = status ? updateEntry(r.doc, r.uid, { status }) : r.doc;
  }
  return doc;
}

export const uidOf = (doc: StudioDoc, id: string) => {
  const e = doc.entries.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e.uid;
};
