// Typo tolerance for English words the index does not know, by deletion neighbourhood: two words
// within one edit share a form with at most one letter deleted ("cancle" and "cancel" share "cancl"
// after stemming). Built lazily on the first unknown word, so loading an index stays cheap.
import { EN_STOP } from './stopwords';
import { stem } from './stem';

const LATIN = /^[a-z]{4,}$/;

export class TypoIndex {
  private readonly byForm = new Map<string, number[]>();

  /** `words`: [known word (a stem), term id it stands for]; synonym variants map to their canonical id. */
  constructor(words: Iterable<[string, number]>) {
    for (const [t, id] of words) {
      if (!LATIN.test(t)) continue;
      this.add(t, id);
      for (let i = 0; i < t.length; i++) this.add(t.slice(0, i) + t.slice(i + 1), id);
    }
  }

  private add(form: string, id: number): void {
    const list = this.byForm.get(form);
    if (!list) this.byForm.set(form, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  }

  /** Known terms within about one edit of `term` (a stem), or []. */
  near(term: string): number[] {
    if (!LATIN.test(term)) return [];
    const found = new Set<number>(this.byForm.get(term) ?? []);
    for (let i = 0; i < term.length; i++) for (const id of this.byForm.get(term.slice(0, i) + term.slice(i + 1)) ?? []) found.add(id);
    return [...found];
  }
}

/**
 * "toreport" → ["report"]: a run-together word split into known words (stop words may be one half
 * and are dropped). Returns the stems of the halves to look up, or [] when no split works.
 */
export function splitWord(raw: string, known: (stem: string) => boolean): string[] {
  if (!/^[a-z]{5,}$/.test(raw)) return [];
  let best: string[] = [];
  let bestScore = 0;
  for (let i = 2; i <= raw.length - 2; i++) {
    const parts = [raw.slice(0, i), raw.slice(i)];
    const useful = parts.filter((p) => !EN_STOP.has(p)).map(stem);
    if (useful.length === 0 || !useful.every(known)) continue;
    if (parts.some((p) => !EN_STOP.has(p) && p.length < 3)) continue;
    const score = Math.min(...parts.map((p) => p.length));
    if (score > bestScore) {
      bestScore = score;
      best = useful;
    }
  }
  return best;
}
