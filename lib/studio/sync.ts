import type { StudioDoc, StudioEntry } from './types';

// Keeping a copy of the working doc in a worker without copying a 50,000-entry pack on every keystroke.
// Every edit replaces the entry object (doc.ts never changes one in place), so what changed since the
// last patch is found by identity: one Map lookup per entry, and only changed entries are sent.
// Both sides keep every entry object they have seen by uid (removed ones too), so an undo that brings
// back an old object sends just the new order.

export type DocFields = Omit<StudioDoc, 'entries'>;

export interface DocPatch {
  /** Entries new or replaced since the last patch. */
  upserts: StudioEntry[];
  /** Every uid in order, only when the order changed (entries added, removed or moved). */
  order?: string[];
  /** Fields other than entries that changed (by identity). */
  fields: Partial<DocFields>;
}

const fieldNames = (d: StudioDoc) => Object.keys(d).filter((k) => k !== 'entries') as (keyof DocFields)[];

/** The page's side: what the worker already holds, and the patch that brings it up to a doc. */
export class PatchSender {
  private byUid = new Map<string, StudioEntry>();
  private last: readonly StudioEntry[] = [];
  private fields: Partial<DocFields> = {};

  /** The worker holds exactly this doc (it opened or loaded it), or nothing. */
  reset(held?: StudioDoc): void {
    this.byUid = new Map();
    this.last = [];
    this.fields = {};
    if (!held) return;
    for (const e of held.entries) this.byUid.set(e.uid, e);
    this.last = held.entries;
    for (const k of fieldNames(held)) (this.fields as Record<string, unknown>)[k] = held[k];
  }

  /** The worker made this field value itself (an export's pack): no need to send it back. */
  held<K extends keyof DocFields>(field: K, value: DocFields[K]): void {
    this.fields[field] = value;
  }

  /** What to send to bring the worker to `doc`, or null when it already has it. */
  patch(doc: StudioDoc): DocPatch | null {
    const fields: Partial<DocFields> = {};
    let anyField = false;
    for (const k of fieldNames(doc)) {
      if (this.fields[k] === doc[k]) continue;
      (fields as Record<string, unknown>)[k] = doc[k];
      (this.fields as Record<string, unknown>)[k] = doc[k];
      anyField = true;
    }
    const entries = doc.entries;
    if (entries === this.last && !anyField) return null;
    const upserts: StudioEntry[] = [];
    let reordered = entries.length !== this.last.length;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (!reordered && this.last[i]!.uid !== e.uid) reordered = true;
      if (this.byUid.get(e.uid) !== e) {
        upserts.push(e);
        this.byUid.set(e.uid, e);
      }
    }
    this.last = entries;
    return reordered ? { upserts, order: entries.map((e) => e.uid), fields } : { upserts, fields };
  }
}

/** The worker's side: the doc as patched so far (a new doc object per patch, entries replaced not mutated). */
export class DocReplica {
  private byUid = new Map<string, StudioEntry>();
  private indexOf = new Map<string, number>();
  doc: StudioDoc | null = null;

  /** Start from a doc (opened or loaded here). */
  reset(doc: StudioDoc | null): void {
    this.byUid = new Map();
    this.doc = doc;
    if (doc) for (const e of doc.entries) this.byUid.set(e.uid, e);
    this.reindex();
  }

  private reindex() {
    this.indexOf = new Map();
    this.doc?.entries.forEach((e, i) => this.indexOf.set(e.uid, i));
  }

  /**
   * Apply a patch. Returns false when it cannot be applied (no doc yet, or an order naming an entry
   * never sent): the page then sends the whole doc again.
   */
  apply(patch: DocPatch): boolean {
    for (const e of patch.upserts) this.byUid.set(e.uid, e);
    const base = this.doc ?? (patch.fields.key !== undefined ? ({ entries: [] } as unknown as StudioDoc) : null);
    if (!base) return false;
    let entries = base.entries;
    if (patch.order) {
      const next: StudioEntry[] = [];
      for (const uid of patch.order) {
        const e = this.byUid.get(uid);
        if (!e) return false;
        next.push(e);
      }
      entries = next;
    } else if (patch.upserts.length) {
      entries = entries.slice();
      for (const e of patch.upserts) {
        const i = this.indexOf.get(e.uid);
        if (i === undefined) return false;
        entries[i] = e;
      }
    }
    this.doc = { ...base, ...patch.fields, entries };
    if (patch.order) this.reindex();
    return true;
  }
}
