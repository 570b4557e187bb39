// Typo tolerance for English words the index does not know, by deletion neighbourhood: two words
// within one edit share a form with at most one letter deleted ("cancle" and "cancel" share "cancl"
// after stemming). Built lazily on the first unknown word, so loading an index stays cheap.
import { EN_STOP } from './stopwords';
import { stem } from './stem';

const LATIN = /^[a-z]{4,}$/;

export class TypoIndex {
  /** Deletion form → indices into `words`. */
  private readonly byForm = new Map<string, number[]>();
  private readonly words: [string, number][] = [];

  /** `words`: [known word (a stem), term id it stands for]; synonym variants map to their canonical id. */
  constructor(words: Iterable<[string, number]>) {
    for (const pair of words) {
      const t = pair[0];
      if (!LATIN.test(t)) continue;
      const w = this.words.push(pair) - 1;
      this.add(t, w);
      for (let i = 0; i < t.length; i++) this.add(t.slice(0, i) + t.slice(i + 1), w);
    }
  }

  private add(form: string, w: number): void {
    const list = this.byForm.get(form);
    if (!list) this.byForm.set(form, [w]);
    else if (list[list.length - 1] !== w) list.push(w);
  }

  /**
   * Term ids of the known words closest to `term` (a stem): the neighbourhood proposes, the true
   * edit distance (with swaps) decides, so "shpi" is "ship" (one swap) and not "shop" (two edits).
   */
  near(term: string): number[] {
    if (!LATIN.test(term)) return [];
    const proposed = new Set<number>(this.byForm.get(term) ?? []);
    for (let i = 0; i < term.length; i++) for (const w of this.byForm.get(term.slice(0, i) + term.slice(i + 1)) ?? []) proposed.add(w);
    let best = Infinity;
    let ids: number[] = [];
    for (const w of proposed) {
      const [word, id] = this.words[w]!;
      const d = editDistance(term, word);
      if (d < best) {
        best = d;
        ids = [id];
      } else if (d === best && !ids.includes(id)) ids.push(id);
    }
    return best <= 2 ? ids : [];
  }
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
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
