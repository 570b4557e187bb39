// The matching engine's public API: build an index when a pack is imported, store it, and search it
// from the side panel, the worker or the CLI. No browser API is used here.
export type { MatchEntry, MatchHit, SearchIndexData, SearchOptions } from './types';
export { buildIndex, INDEX_VERSION } from './build';
export { Matcher } from './matcher';
export { MAX_LEARNED } from './learned';
export { normalizeForMatch, toSimplified } from './normalize';
export { BUILTIN_SYNONYMS } from './synonyms';
