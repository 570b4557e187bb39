import type { Script } from '../pack/schema';
import type { EmotionLabel } from '../emotion/types';

// Which script fits: the right emotion and position, allowed for the entry's category, the most
// specific category first, then pack order. No randomness: the same buyer and entry always get the
// same words, so agents can learn what the assistant will suggest.

/** How well a script's categories fit the entry's: -1 not allowed, 0 generic, else the matched length. */
export function categoryFit(script: Script, category: string | undefined): number {
  const cats = (script.categories ?? []).filter((c) => typeof c === 'string' && c.trim() !== '');
  if (!cats.length) return 0;
  if (!category) return -1;
  let best = -1;
  for (const c of cats) if (category === c || category.startsWith(c)) best = Math.max(best, c.length);
  return best;
}

export function pickScript(
  scripts: readonly Script[],
  emotion: EmotionLabel,
  position: Script['position'],
  category: string | undefined,
): Script | undefined {
  let best: Script | undefined;
  let bestFit = -1;
  for (const s of scripts) {
    if (s.emotion !== emotion || (s.position ?? 'opener') !== position) continue;
    const fit = categoryFit(s, category);
    if (fit > bestFit) {
      best = s;
      bestFit = fit;
    }
  }
  return best;
}

/** When a pack has no script for a feeling, the nearest one that still fits (a threat is anger first). */
export const fallbackEmotions: Partial<Record<EmotionLabel, EmotionLabel[]>> = {
  threatening: ['angry', 'disappointed'],
  angry: ['disappointed'],
};
