import { entriesFromCsv, describeCsvErrors } from '../pack/csv';
import { describeErrors, parsePackText, type Entry, type Pack } from '../pack/schema';
import { applyEdit, canonical, statusOf } from './status';
import { STUDIO_FIELDS, type DocSource, type EntryStatus, type PackHeader, type StudioDoc, type StudioEntry } from './types';

// Opening, creating and editing the studio's working copy. Pure: every operation returns a new doc and
// leaves the old one untouched (the undo history keeps old docs).

const knownPackFields = new Set(['format', 'id', 'version', 'title', 'locale', 'publishedAt', 'entries', 'scripts', 'synonyms']);

/** The entry as it goes into a pack: without the studio's own fields. */
export function toPackEntry(e: StudioEntry | Entry): Entry {
  const out: Record<string, unknown> = { ...e };
  for (const f of STUDIO_FIELDS) delete out[f];
  return out as Entry;
}

function withUids(doc: StudioDoc, entries: (Entry & { status?: unknown })[], fallback: EntryStatus): { entries: StudioEntry[]; seq: number } {
  let seq = doc.seq;
  const out = entries.map((e) => ({ ...toPackEntry(e), status: statusOf(e, fallback), uid: `u${++seq}` }) as StudioEntry);
  return { entries: out, seq };
}

export function newDoc(header: Partial<PackHeader>, now: number, key = `doc-${now.toString(36)}`): StudioDoc {
  return {
    key,
    header: { id: header.id?.trim() || 'my-pack', title: header.title?.trim() || 'My pack', locale: header.locale?.trim() || 'zh-CN', version: header.version?.trim() || '' },
    entries: [],
    scripts: [],
    synonyms: [],
    extra: {},
    previous: null,
    source: { kind: 'new' },
    gaps: [],
    gapsDone: [],
    seq: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** A copy of a published pack to work on: its entries are published, and it is the diff base of the next export. */
export function docFromPack(pack: Pack, source: DocSource, now: number, key?: string): StudioDoc {
  const base = newDoc({ id: pack.id, title: pack.title, locale: pack.locale, version: pack.version }, now, key);
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pack)) if (!knownPackFields.has(k)) extra[k] = v;
  const { entries, seq } = withUids(base, pack.entries, 'published');
  // The diff base is what agents have: the published entries, as kbpack entries.
  const previous: Pack = { ...pack, entries: pack.entries.filter((e) => statusOf(e) === 'published').map(toPackEntry) };
  return { ...base, entries, seq, scripts: pack.scripts ?? [], synonyms: pack.synonyms ?? [], extra, previous, source };
}

/** Pack ids become file names and URL paths (same rule as `kbpack publish`). */
export function isSafePackId(id: string): boolean {
  return /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*$/u.test(id);
}

/** Pack id from a file name: "店铺 FAQ v2.csv" → "店铺-faq-v2". */
export function idFromName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '').normalize('NFKC').toLowerCase();
  const id = stem.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  return id || 'my-pack';
}

export type OpenResult = { ok: true; doc: StudioDoc; warnings: string[] } | { ok: false; error: string };

const looksJson = (name: string, text: string) => /\.json$/i.test(name) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));

/** Open a pack file (kbpack/1 JSON) or a knowledge spreadsheet (CSV, the `kbpack build` columns). Never throws. */
export function openFile(name: string, text: string, now: number, key?: string): OpenResult {
  if (typeof text !== 'string' || !text.trim()) return { ok: false, error: `${name} is empty` };
  if (looksJson(name, text)) {
    const r = parsePackText(text);
    if (!r.ok) return { ok: false, error: `${name} is not a valid pack:\n${describeErrors(r.errors, 12)}` };
    return { ok: true, doc: docFromPack(r.pack, { kind: 'file', name }, now, key), warnings: [] };
  }
  const r = entriesFromCsv(text);
  if (!r.ok) return { ok: false, error: `${name}:\n${describeCsvErrors(r.errors, 12)}` };
  const locale = r.entries.some((e) => /[\u3400-\u9fff]/.test(e.answer)) ? 'zh-CN' : 'en';
  const base = newDoc({ id: idFromName(name), title: name.replace(/\.[^.]*$/, ''), locale }, now, key);
  // Rows of a spreadsheet have not been reviewed in the studio yet.
  const { entries, seq } = withUids(base, r.entries, 'draft');
  return { ok: true, doc: { ...base, entries, seq, source: { kind: 'file', name } }, warnings: r.warnings };
}

/** Entries of a file to add to an open doc (bulk import): a pack's entries or CSV rows. */
export function entriesFromFile(name: string, text: string): { ok: true; entries: Entry[]; warnings: string[] } | { ok: false; error: string } {
  if (typeof text !== 'string' || !text.trim()) return { ok: false, error: `${name} is empty` };
  if (looksJson(name, text)) {
    const r = parsePackText(text);
    if (!r.ok) return { ok: false, error: `${name} is not a valid pack:\n${describeErrors(r.errors, 12)}` };
    return { ok: true, entries: r.pack.entries, warnings: [] };
  }
  const r = entriesFromCsv(text);
  return r.ok ? { ok: true, entries: r.entries, warnings: r.warnings } : { ok: false, error: `${name}:\n${describeCsvErrors(r.errors, 12)}` };
}

/** A free id: "entry-1", "entry-2", … (or base-n). */
export function nextEntryId(entries: readonly { id: string }[], base = 'entry'): string {
  const used = new Set(entries.map((e) => e.id));
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addEntry(doc: StudioDoc, fields: Partial<Entry> = {}): { doc: StudioDoc; uid: string } {
  const uid = `u${doc.seq + 1}`;
  const entry = {
    title: '',
    questions: [''],
    answer: '',
    ...fields,
    id: fields.id?.trim() || nextEntryId(doc.entries),
    status: 'draft',
    uid,
  } as StudioEntry;
  return { doc: { ...doc, seq: doc.seq + 1, entries: [...doc.entries, entry] }, uid };
}

export function updateEntry(doc: StudioDoc, uid: string, patch: Partial<StudioEntry>): StudioDoc {
  let changed = false;
  const entries = doc.entries.map((e) => {
    if (e.uid !== uid) return e;
    changed = true;
    return applyEdit(e, patch);
  });
  return changed ? { ...doc, entries } : doc;
}

/** Apply the same patch to many entries (bulk edits). */
export function updateEntries(doc: StudioDoc, uids: ReadonlySet<string>, patch: (e: StudioEntry) => Partial<StudioEntry>): StudioDoc {
  if (!uids.size) return doc;
  return { ...doc, entries: doc.entries.map((e) => (uids.has(e.uid) ? applyEdit(e, patch(e)) : e)) };
}

export function removeEntries(doc: StudioDoc, uids: ReadonlySet<string>): StudioDoc {
  return { ...doc, entries: doc.entries.filter((e) => !uids.has(e.uid)) };
}

export function setHeader(doc: StudioDoc, patch: Partial<PackHeader>): StudioDoc {
  return { ...doc, header: { ...doc.header, ...patch } };
}

export function entryByUid(doc: StudioDoc, uid: string | null | undefined): StudioEntry | undefined {
  return uid ? doc.entries.find((e) => e.uid === uid) : undefined;
}

/** Merge imported entries: new ids are added as drafts; existing ids take the imported content (back to draft if it differs). */
export function importEntries(doc: StudioDoc, imported: readonly Entry[]): { doc: StudioDoc; added: number; updated: number; unchanged: number } {
  const byId = new Map(doc.entries.map((e, i) => [e.id, i]));
  const entries = [...doc.entries];
  let seq = doc.seq;
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const raw of imported) {
    const incoming = toPackEntry(raw);
    const at = byId.get(incoming.id);
    if (at === undefined) {
      entries.push({ ...incoming, status: 'draft', uid: `u${++seq}` } as StudioEntry);
      byId.set(incoming.id, entries.length - 1);
      added++;
      continue;
    }
    const old = entries[at]!;
    // The file is the new truth for this entry: fields it lacks are cleared.
    const patch: Record<string, unknown> = { ...incoming };
    for (const k of Object.keys(old)) if (!(k in patch) && !(STUDIO_FIELDS as readonly string[]).includes(k)) patch[k] = undefined;
    const next = applyEdit(old, patch as Partial<StudioEntry>);
    if (canonical(toPackEntry(next)) === canonical(toPackEntry(old))) unchanged++;
    else {
      entries[at] = next;
      updated++;
    }
  }
  return { doc: { ...doc, entries, seq }, added, updated, unchanged };
}
