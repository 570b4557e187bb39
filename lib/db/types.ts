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
  /** sha256 of the pack bytes as downloaded (feed packs). */
  sha256?: string;
}

/** A feed subscription and how its last syncs went. */
export interface FeedRow {
  url: string;
  title?: string;
  addedAt: number;
  /** 1 when preset by the administrator's policy (storage.managed): cannot be removed by the agent. */
  managed: 0 | 1;
  /** Signing key pinned on first sight (or by policy); a feed whose key changes is refused. */
  publicKey?: string;
  reportUrl?: string;
  etag?: string;
  lastModified?: string;
  /**
   * True once the host was found to refuse conditional requests (their headers need a CORS preflight that
   * its rules reject): the index is then always fetched plainly. Not indexed, so no database migration.
   */
  plainRequests?: boolean;
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  /** Plain-words error of the last attempt; cleared by a fully successful sync. */
  lastError?: string;
  failures: number;
  nextAttemptAt?: number;
  packIds: string[];
}

/** The version a pack had before its last update, kept whole for one-click rollback. */
export interface PackHistoryRow {
  packId: string;
  savedAt: number;
  source: PackSource;
  sha256?: string;
  pack: Pack;
}

/** The entries of a pack as the agent last acknowledged them ("What's new" is the diff from here). */
export interface BaselineRow {
  packId: string;
  version: string;
  entries: Pack['entries'];
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
  /**
   * Local only. 'question' events keep the question MASKED (detail.text) for the "top unanswered" view;
   * detail.questionId ties shown/inserted events to their question.
   */
  detail?: Record<string, string | number | boolean>;
}

export interface LearnedPhrasing {
  seq?: number;
  entryKey: string;
  text: string;
  at: number;
}

/**
 * A gap report in the local queue. `report` is already masked (kbreport/1). local: no destination yet;
 * queued: waiting to be sent (retries back off); sent; failed: undeliverable for a week — the agent is told
 * and can export it. Nothing is ever dropped.
 */
export interface GapReportRow {
  id: string;
  createdAt: number;
  status: 'local' | 'queued' | 'sent' | 'failed';
  report: Record<string, unknown>;
  attempts?: number;
  nextAttemptAt?: number;
  lastError?: string;
  sentAt?: number;
  destination?: string;
}

export type { Pack };
