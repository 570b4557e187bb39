import type { Entry, Pack, Script } from '../pack/schema';
import type { TodoRow } from '../gaps/todo';

// The studio's working copy of a pack. Entries may be half-written (an empty answer while typing), so
// they are kept as plain objects and validated as the team lead types; only export insists on a valid pack.

export const entryStatuses = ['draft', 'review', 'published'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/**
 * An entry being authored: the kbpack/1 fields plus its review status (an extra field the schema keeps)
 * and `uid`, a handle that stays put while the team lead edits the id. Both are removed on export.
 */
export type StudioEntry = Entry & { status: EntryStatus; uid: string; publishedId?: string };

/** Fields only the studio uses. `publishedId`: the id agents have, kept when the lead renames the entry. */
export const STUDIO_FIELDS = ['status', 'uid', 'publishedId'] as const;

/** The pack's own fields a team lead edits. */
export interface PackHeader {
  id: string;
  title: string;
  locale: string;
  /** The version of the last export (or of the pack as opened); the next export bumps it. */
  version: string;
}

export type DocSource = { kind: 'new' } | { kind: 'file'; name: string } | { kind: 'installed'; packId: string };

export interface StudioDoc {
  /** Key in the studio database; not the pack id (two drafts of one pack may coexist). */
  key: string;
  header: PackHeader;
  entries: StudioEntry[];
  scripts: Script[];
  synonyms: string[][];
  /** Unknown top-level fields of the pack, kept for round trips. */
  extra: Record<string, unknown>;
  /** The last published version: the export diffs against it and keeps its entries that are not re-published. */
  previous: Pack | null;
  source: DocSource;
  /** Gap reports grouped into needs, waiting for an answer. */
  gaps: TodoRow[];
  /** Report ids of gaps answered or dismissed, so importing the same reports again does not bring them back. */
  gapsDone: string[];
  /** Next number for `uid`s. */
  seq: number;
  createdAt: number;
  updatedAt: number;
}
