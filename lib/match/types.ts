// Public types of the matching engine (the side panel and the background worker depend on these).

export interface MatchEntry {
  id: string;
  title: string;
  questions: string[];
  answer: string;
  keywords?: string[];
  category?: string;
  products?: string[];
  validFrom?: string;
  validUntil?: string;
  reviewBy?: string;
}

export interface SearchOptions {
  /** How many hits to return (default 5). */
  top?: number;
  /** Current time in ms since the epoch (default Date.now()), for validity and review dates. */
  now?: number;
  /** What the console shows: entries naming this product or order rank first. */
  context?: { product?: string; order?: string };
  /** Drop hits scoring below this (0..1 scale; default 0 = keep every hit with some evidence). */
  minScore?: number;
}

export interface MatchHit {
  id: string;
  score: number;
  /** Words of the question that matched the entry, to show the agent why. */
  why: string[];
  /** The entry is past its reviewBy date. */
  stale: boolean;
  /** The entry names the product or order the console shows. */
  productMatch?: boolean;
}

/** An entry's context rules kept in the index (no text of the answer: the caller has the entries). */
export interface EntryRules {
  /** Lower-cased, normalised product patterns. */
  products?: string[];
  validFrom?: number;
  validUntil?: number;
  reviewBy?: number;
}

/**
 * The stored index, structured-clone-able (IndexedDB). The bulky parts are flat typed arrays, which
 * IndexedDB copies as one block each instead of millions of JS numbers: a list per term or per entry
 * is the slice `items[start[i]] .. items[start[i + 1]]`. Terms and entries are referred to by position.
 */
export interface SearchIndexData {
  version: number;
  /** Entry ids, in pack order. */
  ids: string[];
  /** Only entries that have products or dates (most have none). */
  rules: (EntryRules & { entry: number })[];
  terms: string[];
  /** BM25 inverse document frequency of each term (rounded to 1e-4). */
  idf: Float64Array;
  /** Per term (length terms + 1): its postings are postingEntries/postingWeights[start .. next start]. */
  postingStart: Uint32Array;
  /** Entries of each term's postings, ascending. */
  postingEntries: Uint32Array;
  /** BM25F term weight without idf, in units of 1e-4 (saturation keeps it under K1 + 1 = 2.2). */
  postingWeights: Uint16Array;
  /** Per entry (length entries + 1): its phrasings (title, then each question) are phrasings[start .. next start]. */
  phrasingStart: Uint32Array;
  /** Per phrasing (length phrasings + 1): its distinct term ids are phrasingTerms[start .. next start], for re-ranking. */
  phrasingTermStart: Uint32Array;
  phrasingTerms: Uint32Array;
  /** Per entry (length entries + 1): distinct term ids of its keywords (strong evidence) in keywordTerms. */
  keywordStart: Uint32Array;
  keywordTerms: Uint32Array;
  /** The pack synonym groups the index was built with (queries must use the same). */
  synonyms: string[][];
}
