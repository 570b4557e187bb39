import type { Matcher } from '../match';
import type { VariableValues } from '../pack/variables';
import { formatDiff, isEmptyDiff } from '../pack/diff';
import { openFile, type OpenResult } from './doc';
import { findDuplicates, findDuplicatesAsync, type Duplicates } from './duplicates';
import { buildExport, type ExportProblem, type ExportResult } from './export';
import { textRanking, type FilterContext } from './filter';
import { studioKnowledge, type KnowledgeScope, type StudioKnowledge } from './knowledge';
import { overview, type Overview } from './overview';
import { DocReplica, type DocPatch } from './sync';
import { tryQuestion, type TryResult } from './try';
import type { StudioDoc, StudioEntry } from './types';
import type { EntryUse } from './usage';
import { wordingMatcher } from './wording';

// The studio's heavy work on the whole pack, kept next to a copy of the doc: the search index (browse and
// duplicate checks), the "Try a question" index, validation and counts, and the export. The studio page
// runs this in a Web Worker (components/studio/studio.worker.ts) so a 50,000-entry pack never holds up
// typing; it is plain code, so tests run it in Node.
//
// Incremental where it pays: each index is rebuilt only when what it reads changed (editing an owner,
// a tag or a status rebuilds no search index), validation and phrasing normal forms are cached per entry
// object, and everything is built lazily, when first asked for after a change.

/** What an entry contributes to the wording index (wording.ts): an edit elsewhere leaves it as it was. */
function wordingKey(e: StudioEntry): string {
  return JSON.stringify([e.title, e.questions, e.answer, e.keywords, e.category]);
}

export interface ExportPreview {
  ok: boolean;
  errors: ExportProblem[];
  published: number;
  kept: number;
  leftOut: { draft: number; review: number };
  version: string;
  entryCount: number;
  /** The diff against the previous version as text, '' when nothing changed. */
  diffText: string;
}

export class Workspace {
  private readonly replica = new DocReplica();
  private wording: { matcher: Matcher; entries: readonly StudioEntry[]; synonyms: string[][] } | null = null;
  /** Entries whose wording changed since the index was built (or the order changed). */
  private wordingStale = true;
  private knowledge = new Map<KnowledgeScope, { k: StudioKnowledge; doc: StudioDoc }>();
  private view: { o: Overview; entries: readonly StudioEntry[]; ctx: FilterContext } | null = null;
  private usage: ReadonlyMap<string, EntryUse> | null = null;

  get doc(): StudioDoc | null {
    return this.replica.doc;
  }

  /** Start over from a doc (opened, loaded) or none. */
  reset(doc: StudioDoc | null): void {
    this.replica.reset(doc);
    this.wording = null;
    this.wordingStale = true;
    this.knowledge.clear();
    this.view = null;
  }

  /** Apply the page's changes; false when the patch does not fit (the page then resends the whole doc). */
  apply(patch: DocPatch): boolean {
    const before = this.replica.doc;
    const oldByUid = before && patch.upserts.length ? new Map(before.entries.map((e) => [e.uid, e])) : null;
    if (!this.replica.apply(patch)) return false;
    if (patch.order || patch.fields.synonyms !== undefined) this.wordingStale = true;
    else if (!this.wordingStale) {
      for (const e of patch.upserts) {
        const old = oldByUid?.get(e.uid);
        if (!old || wordingKey(old) !== wordingKey(e)) {
          this.wordingStale = true;
          break;
        }
      }
    }
    return true;
  }

  openFile(name: string, text: string, now: number, key?: string): OpenResult {
    const r = openFile(name, text, now, key);
    if (r.ok) this.reset(r.doc);
    return r;
  }

  setUsage(usage: ReadonlyMap<string, EntryUse> | null): void {
    this.usage = usage;
    this.view = null;
  }

  private need(): StudioDoc {
    const d = this.replica.doc;
    if (!d) throw new Error('no document open');
    return d;
  }

  /** The wording index of the current entries (uids as ids). */
  matcher(): Matcher {
    const d = this.need();
    if (!this.wording || this.wordingStale) {
      this.wording = { matcher: wordingMatcher(d.entries, d.synonyms), entries: d.entries, synonyms: d.synonyms };
      this.wordingStale = false;
    }
    return this.wording.matcher;
  }

  /** Uids a search text finds, best first (see filter.ts textRanking). */
  search(text: string, now: number): string[] {
    const d = this.need();
    return textRanking(d.entries, text, { now, synonyms: d.synonyms }, this.matcher());
  }

  /** One entry's phrasings against the rest of the pack (the form's notes). */
  entryDuplicates(uid: string): Duplicates {
    const d = this.need();
    if (!d.entries.some((e) => e.uid === uid)) return { same: [], outranked: [] };
    return findDuplicates(d.entries, { matcher: this.matcher(), only: new Set([uid]) });
  }

  /** The whole pack, with progress (0..1). */
  allDuplicates(onProgress?: (share: number) => void): Promise<Duplicates> {
    const d = this.need();
    return findDuplicatesAsync(d.entries, { matcher: this.matcher(), onProgress, chunk: 200 });
  }

  overview(now: number): Overview {
    const d = this.need();
    const v = this.view;
    if (v && v.entries === d.entries && v.ctx.now === now && v.ctx.usage === this.usage) return v.o;
    const ctx: FilterContext = { now, usage: this.usage, synonyms: d.synonyms };
    const o = overview(d.entries, ctx);
    this.view = { o, entries: d.entries, ctx };
    return o;
  }

  try(text: string, scope: KnowledgeScope, values: VariableValues, now: number): TryResult {
    const d = this.need();
    let cached = this.knowledge.get(scope);
    const same = cached && cached.doc.entries === d.entries && cached.doc.header === d.header && cached.doc.scripts === d.scripts && cached.doc.synonyms === d.synonyms && cached.doc.previous === d.previous;
    if (!cached || !same) {
      cached = { k: studioKnowledge(d, scope), doc: d };
      this.knowledge.set(scope, cached);
    }
    return tryQuestion(cached.k, text, values, { now });
  }

  private exported: ExportResult | null = null;

  /** The export as it would be now: the one the page downloads, so adoptExport takes its pack. */
  exportNow(now: number): ExportResult {
    return (this.exported = buildExport(this.need(), now));
  }

  /** The page took the last export (its pack is the diff base now): the same as afterExport's `previous`. */
  adoptExport(): void {
    const d = this.replica.doc;
    if (d && this.exported?.ok) this.replica.doc = { ...d, previous: this.exported.pack };
  }

  /** What the export panel shows before the download (no pack text: that stays here until asked for). */
  exportPreview(now: number, locale: 'zh' | 'en'): ExportPreview {
    // Not kept: a preview asked for between an export and its adopt-export must not become the diff base.
    const r = buildExport(this.need(), now);
    if (!r.ok) return { ok: false, errors: r.errors.slice(0, 50), published: 0, kept: 0, leftOut: { draft: 0, review: 0 }, version: '', entryCount: 0, diffText: '' };
    return {
      ok: true,
      errors: [],
      published: r.published,
      kept: r.keptPrevious.length,
      leftOut: r.leftOut,
      version: r.pack.version,
      entryCount: r.pack.entries.length,
      diffText: isEmptyDiff(r.diff) ? '' : formatDiff(r.diff, locale),
    };
  }
}
