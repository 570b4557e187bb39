import { diffPacks, formatDiff, type PackDiff } from '../pack/diff';
import { parsePack, type Entry, type Pack } from '../pack/schema';
import { isSafePackId, toPackEntry } from './doc';
import type { StudioDoc, StudioEntry } from './types';
import { bumpVersion } from './version';

// Publishing: only published entries go out. An entry edited since it was published (now a draft or in
// review) goes out as it was last published, so editing never takes an answer away from the agents;
// an entry deleted in the studio is removed. The result is a kbpack/1 file that `kbpack publish`, any
// static host or the extension's "Import pack from file" accepts as it is.

export interface ExportProblem {
  uid?: string;
  entryId?: string;
  path: string;
  message: string;
}

export interface ExportDone {
  ok: true;
  pack: Pack;
  /** The exact file text (the signature covers these bytes). */
  text: string;
  fileName: string;
  diff: PackDiff;
  /** Entries exported from the studio's working copy. */
  published: number;
  /** Ids of entries not (re-)published whose previous published version is kept. */
  keptPrevious: string[];
  /** Entries left out: drafts and entries in review that were never published. */
  leftOut: { draft: number; review: number };
}

export type ExportResult = ExportDone | { ok: false; errors: ExportProblem[] };

const cleanList = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string' && x.trim()).map((x: string) => x.trim()) : v);

/** Blank phrasings, keywords and tags left by the form are dropped rather than failing the export. */
export function tidy(e: StudioEntry): Entry {
  const out = toPackEntry(e) as Record<string, unknown>;
  for (const f of ['questions', 'keywords', 'tags', 'products']) {
    if (out[f] === undefined) continue;
    const list = cleanList(out[f]);
    if (Array.isArray(list) && list.length === 0 && f !== 'questions') delete out[f];
    else out[f] = list;
  }
  return out as Entry;
}

export interface Selection {
  entries: Entry[];
  /** The studio entry each exported entry comes from (same index). */
  origin: StudioEntry[];
  published: number;
  keptPrevious: string[];
  leftOut: { draft: number; review: number };
}

/** What agents get: published entries, and the previous published version of entries edited since. */
export function publishedSelection(doc: StudioDoc): Selection {
  const before = new Map((doc.previous?.entries ?? []).map((e) => [e.id, e]));
  const sel: Selection = { entries: [], origin: [], published: 0, keptPrevious: [], leftOut: { draft: 0, review: 0 } };
  // An earlier published answer is only kept under an id no current entry has taken since.
  const takenIds = new Set(doc.entries.filter((e) => e.status === 'published').map((e) => e.id));
  for (const e of doc.entries) {
    if (e.status === 'published') {
      sel.entries.push(tidy(e));
      sel.origin.push(e);
      sel.published++;
      continue;
    }
    const old = before.get(e.publishedId ?? e.id);
    if (old && !takenIds.has(old.id)) {
      takenIds.add(old.id);
      sel.entries.push(old);
      sel.origin.push(e);
      sel.keptPrevious.push(old.id);
    } else sel.leftOut[e.status]++;
  }
  return sel;
}

export function buildExport(doc: StudioDoc, now: number): ExportResult {
  const previous = doc.previous;
  const { entries, origin, published, keptPrevious, leftOut } = publishedSelection(doc);
  const header = doc.header;
  const version = bumpVersion(header.version || previous?.version, now);
  const candidate: Record<string, unknown> = {
    ...doc.extra,
    format: 'kbpack/1',
    id: header.id,
    version,
    title: header.title,
    locale: header.locale,
    publishedAt: new Date(now).toISOString(),
    entries,
  };
  if (doc.scripts.length) candidate.scripts = doc.scripts;
  if (doc.synonyms.length) candidate.synonyms = doc.synonyms;

  const r = parsePack(candidate);
  if (r.ok && !isSafePackId(r.pack.id)) {
    return { ok: false, errors: [{ path: 'id', message: 'a pack id may use letters, digits, ".", "-" and "_" only (it becomes a file name)' }] };
  }
  if (!r.ok) {
    return {
      ok: false,
      errors: r.errors.map((err) => {
        const m = /^entries\[(\d+)\]\.?(.*)$/.exec(err.path);
        const e = m ? origin[Number(m[1])] : undefined;
        return e ? { uid: e.uid, entryId: e.id, path: m![2] || '(entry)', message: err.message } : { path: err.path, message: err.message };
      }),
    };
  }
  const pack = r.pack;
  return {
    ok: true,
    pack,
    text: `${JSON.stringify(pack, null, 2)}\n`,
    fileName: `${safeFilePart(pack.id)}-${safeFilePart(pack.version)}.json`,
    diff: diffPacks(previous, pack),
    published,
    keptPrevious,
    leftOut,
  };
}

const safeFilePart = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');

/** The doc after an export: the exported pack is the new previous version, and its version the current one. */
export function afterExport(doc: StudioDoc, done: Pick<ExportDone, 'pack'>): StudioDoc {
  // Published entries now carry their own id in the pack agents have: forget any earlier published id.
  const entries = doc.entries.map((e) => {
    if (e.status !== 'published' || e.publishedId === undefined) return e;
    const { publishedId: _gone, ...rest } = e;
    return rest as StudioEntry;
  });
  return { ...doc, entries, header: { ...doc.header, version: done.pack.version }, previous: done.pack };
}

export function changelog(done: ExportDone, locale: 'zh' | 'en'): string {
  return formatDiff(done.diff, locale);
}
