// Every ranking constant in one place, with why it has its value. The object is mutable only so the
// benchmark can run ablations; the product never changes it.
export const TUNING = {
  /** How many BM25 candidates are re-ranked: enough to recover paraphrases BM25 ranks low, small enough for < 1 ms. */
  candidates: 60,
  /** Once this many entries are touched, terms under half the strongest weight only refine them. */
  plentyTouched: 1_000,
  /** Entries brought in by learned phrasings (besides the BM25 candidates). */
  learnedCandidates: 20,
  /** A long question keeps only its most informative terms (bounded cost for pasted essays). */
  maxQueryTerms: 48,
  /** Chinese single characters weigh like bigrams (IDF decides): colloquial paraphrases share characters more than bigrams. */
  charWeight: 1,
  /** Segmenter words of 3+ Chinese characters: extra phrase evidence on top of their bigrams. */
  cjkWordWeight: 0.5,
  /** Typo-corrected and split words count a little less than words typed right. */
  fuzzyFactor: 0.7,
  /** Final score = bm25Share · (bm25 / best bm25) + (1 − bm25Share) · best phrasing overlap + keyword bonus. */
  bm25Share: 0.4,
  /**
   * Phrasing overlap = shared / (α·question weight + (1 − α)·phrasing weight). α = 0.5 is Dice; higher
   * values forgive an entry phrasing for saying more than the question asked.
   */
  queryCoverage: 0.5,
  /** A product-matched entry ranks first when its score is at least this share of the best score. */
  productMinShare: 0.8,
  /** Added × the share of the entry's keyword weight present in the question. */
  keywordBonus: 0.15,
};
