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

/** Per-entry data kept in the index (no text of the answer: the caller has the entries). */
export interface IndexedEntryMeta {
  id: string;
  /** Lower-cased, normalised product patterns. */
  products?: string[];
  validFrom?: number;
  validUntil?: number;
  reviewBy?: number;
}

/**
 * The stored index. Plain arrays and numbers only, so it is JSON-serialisable and structured-clone-able
 * (IndexedDB). Terms are referred to by position in `terms`.
 */
export interface SearchIndexData {
  version: number;
  entries: IndexedEntryMeta[];
  terms: string[];
  /** BM25 inverse document frequency of each term. */
  idf: number[];
  /** Per term: [entry, weight, entry, weight, ...], entries ascending; weight = BM25F term weight without idf. */
  postings: number[][];
  /** Per entry: per phrasing (title, then each question): its distinct term ids, for re-ranking. */
  phrasings: number[][][];
  /** Per entry: distinct term ids of its keywords (strong evidence). */
  keywords: number[][];
  /** The pack synonym groups the index was built with (queries must use the same). */
  synonyms: string[][];
}
