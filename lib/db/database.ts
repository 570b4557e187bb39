import Dexie, { type Table } from 'dexie';
import * as v1 from './migrations/v1';
import * as v2 from './migrations/v2';
import * as v3 from './migrations/v3';
import type {
  BaselineRow,
  EntryRow,
  FeedRow,
  GapReportRow,
  LearnedPhrasing,
  PackHistoryRow,
  PackRow,
  ScriptRow,
  SearchIndexRow,
  UsageEvent,
} from './types';

// The one Dexie database of the extension. It lives in extension pages and the worker only: a content
// script's IndexedDB would belong to the seller console's origin.
export const DB_NAME = 'kefu-assist';

export class AppDB extends Dexie {
  packs!: Table<PackRow, string>;
  entries!: Table<EntryRow, string>;
  scripts!: Table<ScriptRow, string>;
  events!: Table<UsageEvent, number>;
  gapReports!: Table<GapReportRow, string>;
  searchIndex!: Table<SearchIndexRow, string>;
  learned!: Table<LearnedPhrasing, number>;
  feeds!: Table<FeedRow, string>;
  packHistory!: Table<PackHistoryRow, string>;
  baselines!: Table<BaselineRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    // One file per version in ./migrations; each is tested in tests/lib/db/migrations.test.ts.
    this.version(v1.version).stores(v1.stores);
    this.version(v2.version).stores(v2.stores).upgrade(v2.upgrade);
    this.version(v3.version).stores(v3.stores);
  }
}

let shared: AppDB | undefined;
/** The database of this extension context (one connection per page/worker). */
export function getDB(): AppDB {
  shared ??= new AppDB();
  return shared;
}
