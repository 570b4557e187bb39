// Group buyer questions that ask the same thing, so the team lead writes one answer per need instead
// of one per report. Similarity is the matching engine itself: the distinct questions become a tiny
// pack (one entry each), every question searches it, and a neighbour's similarity is the share of the
// question's self-match score it reaches, taken both ways (the lower one) when both searches saw the
// pair. "Share of itself" makes one threshold fit short and long questions, Chinese and English.
import { buildIndex, Matcher, normalizeForMatch, type MatchEntry } from '../match';
import { placeholderPattern } from '../redact/kinds';

export interface GroupItem {
  id: string;
  text: string;
  /** Urgency weight: high 3, medium 2, low 1 (default 1). */
  weight?: number;
  /** A suggested category for this item (e.g. of the entry the panel suggested). */
  category?: string;
}

export interface Group {
  /** The most common phrasing of the group. */
  representative: string;
  /** Distinct phrasings, most common first, at most `MAX_GROUP_QUESTIONS`. */
  questions: string[];
  /** Every item id in the group, in input order. */
  ids: string[];
  count: number;
  /** Sum of the items' weights: count × urgency weight. */
  score: number;
  /** The most common category among the items (absent when none has one). */
  category?: string;
}

export interface GroupOptions {
  /** Share of a question's self-match score another question must reach, both ways (default `DEFAULT_GROUP_THRESHOLD`). */
  threshold?: number;
}

export const DEFAULT_GROUP_THRESHOLD = 0.5;
export const MAX_GROUP_QUESTIONS = 10;
/**
 * Word weights (IDF) are computed as if among at least this many questions, padding with empty ones.
 * Among four reports, a word two of them share looks common (in half the "corpus") and counts for
 * little, so whether two questions group would depend on how many other reports came in that week.
 */
const MIN_CORPUS = 1_000;
/** A question can join only a leader among its nearest neighbours (also bounds the cost per question). */
const NEIGHBOURS = 20;

/**
 * Matching key: the matcher's own normal form, without privacy placeholders (〔phone〕 says nothing
 * about the need) and without spaces between Chinese characters (where punctuation was, or a typing habit).
 */
export function questionKey(text: string): string {
  return normalizeForMatch(text.replace(placeholderPattern, ' '))
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
    .trim();
}

const weightOf = (w: number | undefined) => (typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 1);

/** The most frequent value; ties go to the one seen first. */
function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

interface Distinct {
  key: string;
  /** The first spelling seen, as the buyer wrote it. */
  text: string;
  items: number[];
}

/**
 * Group similar questions (Chinese and English), ranked by score (then count, then first appearance).
 * Questions with nothing to match on (empty, emoji or punctuation only) are left out of every group.
 * Deterministic: the same items in the same order always give the same groups.
 */
export function groupQuestions(items: readonly GroupItem[], options: GroupOptions = {}): Group[] {
  const threshold = typeof options.threshold === 'number' && Number.isFinite(options.threshold) ? options.threshold : DEFAULT_GROUP_THRESHOLD;
  const list = Array.isArray(items) ? items : [];

  // Identical questions (after normalisation) are searched once.
  const byKey = new Map<string, Distinct>();
  list.forEach((item, i) => {
    if (typeof item?.text !== 'string') return;
    const key = questionKey(item.text);
    if (!key) return;
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = { key, text: item.text.trim(), items: [] }));
    d.items.push(i);
  });
  const distinct = [...byKey.values()];
  if (distinct.length === 0) return [];

  const n = distinct.length;
  const entries: MatchEntry[] = distinct.map((d, i) => ({ id: String(i), title: '', questions: [d.key], answer: '' }));
  for (let k = n; k < MIN_CORPUS; k++) entries.push({ id: String(k), title: '', questions: [], answer: '' });
  const matcher = Matcher.fromIndex(buildIndex(entries));

  // Directed similarity: the share of a question's own (top) score that each neighbour reaches.
  const sims: Map<number, number>[] = distinct.map(() => new Map());
  const searchable = new Uint8Array(n);
  distinct.forEach((d, i) => {
    const hits = matcher.search(d.key, { top: NEIGHBOURS, now: 0 });
    // Twins with the same terms tie with the question itself; the top score is its self-match either way.
    const self = hits.find((h) => h.id === String(i))?.score ?? hits[0]?.score ?? 0;
    if (self <= 0) return;
    searchable[i] = 1;
    for (const h of hits) {
      const j = Number(h.id);
      if (j !== i) sims[i]!.set(j, h.score / self);
    }
  });
  const similarity = (i: number, j: number): number => {
    const there = sims[i]!.get(j);
    const back = sims[j]!.get(i);
    if (there === undefined) return back ?? 0;
    return back === undefined ? there : Math.min(there, back);
  };

  // Leader clustering: the most common phrasings open groups; every other question joins the leader it
  // is most similar to, if similar enough. Each member resembles its leader directly, so no chain of
  // "each like the next" drifts into an unrelated need (single linkage did: one 2,900-question group
  // out of 3,000 support questions).
  const order = [...Array(n).keys()].filter((i) => searchable[i]).sort((a, b) => distinct[b]!.items.length - distinct[a]!.items.length || a - b);
  const isLeader = new Uint8Array(n);
  const members = new Map<number, number[]>();
  for (const i of order) {
    let best = -1;
    let bestSim = threshold;
    for (const j of sims[i]!.keys()) {
      if (!isLeader[j]) continue;
      const s = similarity(i, j);
      if (s > bestSim || (s === bestSim && (best === -1 || j < best))) {
        best = j;
        bestSim = s;
      }
    }
    if (best === -1) {
      isLeader[i] = 1;
      members.set(i, [i]);
    } else members.get(best)!.push(i);
  }

  const groups = [...members.values()].map((m) => {
    const phrasings = m
      .map((i) => distinct[i]!)
      .sort((a, b) => b.items.length - a.items.length || a.items[0]! - b.items[0]!);
    const itemIdx = m.flatMap((i) => distinct[i]!.items).sort((a, b) => a - b);
    const questions = phrasings.slice(0, MAX_GROUP_QUESTIONS).map((d) => d.text);
    const group: Group = {
      representative: questions[0]!,
      questions,
      ids: itemIdx.map((i) => String(list[i]!.id)),
      count: itemIdx.length,
      score: itemIdx.reduce((s, i) => s + weightOf(list[i]!.weight), 0),
    };
    const category = mostCommon(itemIdx.map((i) => (typeof list[i]!.category === 'string' ? list[i]!.category!.trim() : undefined)));
    if (category) group.category = category;
    return { group, first: itemIdx[0]! };
  });
  groups.sort((a, b) => b.group.score - a.group.score || b.group.count - a.group.count || a.first - b.first);
  return groups.map((g) => g.group);
}

