import type { VariableValues } from '@/lib/pack/variables';
import type { SigningKeys } from '@/lib/studio/sign';
import type { KnowledgeScope } from '@/lib/studio/knowledge';
import type { DocPatch } from '@/lib/studio/sync';
import type { EntryUse } from '@/lib/studio/usage';

// Messages between the studio page and its worker (studio.worker.ts). Every request has an id; the
// answer comes back with it. Big arrays (a pack's entries) come back in slices first, each its own
// message, so the page never spends one long stretch taking a whole pack in.

export type Request =
  | { kind: 'patch'; patch: DocPatch }
  | { kind: 'close' }
  | { kind: 'usage'; usage: Map<string, EntryUse> | null }
  | { kind: 'open-file'; name: string; text: string; now: number; key: string }
  | { kind: 'last-doc' }
  | { kind: 'load-doc'; key: string }
  | { kind: 'list-docs' }
  | { kind: 'save'; now: number }
  | { kind: 'search'; text: string; now: number }
  | { kind: 'entry-dups'; uid: string }
  | { kind: 'all-dups' }
  | { kind: 'overview'; now: number }
  | { kind: 'try'; text: string; scope: KnowledgeScope; values: VariableValues; now: number }
  | { kind: 'export-preview'; now: number; locale: 'zh' | 'en' }
  /** `keys`: sign the file too (the key stays in memory, in the worker only for this request). */
  | { kind: 'export'; now: number; keys?: SigningKeys }
  /** The page applied the last export (afterExport): its pack is the doc's `previous` now. */
  | { kind: 'adopt-export' };

/** Requests where only the newest one matters: an older one still queued is answered `skipped`. */
export const LATEST_ONLY: ReadonlySet<Request['kind']> = new Set(['search', 'entry-dups', 'overview', 'try', 'export-preview']);

/** Where the slices of a big answer go: the answer's `entries`, `previous.entries` or `pack.entries`. */
export type SlicePath = 'entries' | 'previous' | 'pack';

export type Reply =
  | { id: number; slice: SlicePath; items: unknown[] }
  | { id: number; progress: number }
  | { id: number; ok: true; value: unknown; sliced?: SlicePath[] }
  | { id: number; ok: false; error: string }
  | { id: number; skipped: true }
  /** The worker could not apply a patch: send the whole doc again. */
  | { id: -1; resync: true };

export const SLICE = 2_000;

export interface DocSummary {
  key: string;
  title: string;
  id: string;
  entries: number;
  updatedAt: number;
}
