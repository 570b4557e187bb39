import type { Entry, Pack, Script } from '../pack/schema';

export type PackSource = 'bundled' | `feed:${string}` | 'file';

/** A pack's header as stored: everything but its entries and scripts. */
export interface PackRow {
  id: string;
  version: string;
  title: string;
  locale: string;
  publishedAt: string;
  source: PackSource;
  /** 1 or 0: IndexedDB cannot index booleans. */
  enabled: 0 | 1;
  importedAt: number;
  entryCount: number;
  scriptCount: number;
  synonyms: string[][];
  /** Unknown top-level fields of the pack, kept for round trips. */
  extra: Record<string, unknown>;
}

export interface EntryRow {
  /** `${packId}/${entry.id}`: unique across packs, the id the matcher and the panel use. */
  key: string;
  packId: string;
  category?: string;
  entry: Entry;
}

export interface ScriptRow {
  key: string;
  packId: string;
  emotion: Script['emotion'];
  script: Script;
}

export interface SearchIndexRow {
  id: 'active';
  builtAt: number;
  packs: { id: string; version: string }[];
  data: unknown;
}

export type UsageEventType = 'shown' | 'inserted' | 'copied' | 'thumbs-up' | 'thumbs-down' | 'flagged' | 'question';

export interface UsageEvent {
  seq?: number;
  type: UsageEventType;
  at: number;
  entryKey?: string;
  consoleId?: string;
  /** Never the buyer's text: events are local and aggregated. */
  detail?: Record<string, string | number | boolean>;
}

export interface LearnedPhrasing {
  seq?: number;
  entryKey: string;
  text: string;
  at: number;
}

export interface GapReportRow {
  id: string;
  createdAt: number;
  status: 'local' | 'queued' | 'sent' | 'failed';
  report: Record<string, unknown>;
}

export type { Pack };
