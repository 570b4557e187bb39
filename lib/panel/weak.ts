// Which suggestions are weak matches, to show them as such (muted, labelled, folded when there are several).
// Presentation only: the matcher's order is untouched. Scores are about 0..1 (lib/match/README.md); on the
// bundled packs a fitting answer scores 0.5..0.95 and the tail of unrelated hits 0.2..0.4.

/** Below this a hit is weak whatever the others score. */
export const WEAK_FLOOR = 0.25;
/** Far below the best hit (under half its score) is weak too: the best one is clearly the answer. */
export const WEAK_RATIO = 0.5;

export function weakFlags(scores: readonly number[]): boolean[] {
  const best = Math.max(0, ...scores);
  return scores.map((s) => s < WEAK_FLOOR || s < best * WEAK_RATIO);
}

/**
 * Which suggestions to fold behind "show N weaker": the weak ones after the first (the first is always shown),
 * and only when there are at least two of them (folding one saves nothing).
 */
export function foldedFlags(weak: readonly boolean[]): boolean[] {
  const fold = weak.filter((w, i) => w && i > 0).length >= 2;
  return weak.map((w, i) => fold && w && i > 0);
}
