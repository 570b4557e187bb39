import { questionKey } from '../gaps/group';
import { buildIndex, Matcher, type MatchEntry } from '../match';
import type { StudioEntry } from './types';

// Questions two entries fight over: the same buyer phrasing written in two entries (after the matcher's
// normalisation: case, width, traditional/simplified, punctuation), or a phrasing that the matcher itself
// ranks to another entry above its own — an agent asking exactly that would be offered the other answer.

export interface SamePhrasing {
  kind: 'same';
  /** The normal form they share. */
  key: string;
  /** Each entry and the phrasing as written there. */
  entries: { uid: string; id: string; title: string; phrasing: string }[];
}

export interface Outranked {
  kind: 'outranked';
  uid: string;
  id: string;
  title: string;
  phrasing: string;
  winner: { uid: string; id: string; title: string; score: number };
  /** Own score, when the entry was among the top hits at all. */
  ownScore?: number;
}

export interface Duplicates {
  same: SamePhrasing[];
  outranked: Outranked[];
}

const phrasingsOf = (e: StudioEntry) => (Array.isArray(e.questions) ? e.questions.filter((q) => typeof q === 'string' && q.trim()) : []);

/** An index keyed by uid, without dates: this is about wording, not about what is valid today. */
function wordingMatcher(entries: readonly StudioEntry[], synonyms: string[][]): Matcher {
  const match: MatchEntry[] = entries.map((e) => ({
    id: e.uid,
    title: typeof e.title === 'string' ? e.title : '',
    questions: phrasingsOf(e),
    answer: typeof e.answer === 'string' ? e.answer : '',
    keywords: e.keywords,
    category: e.category,
  }));
  return Matcher.fromIndex(buildIndex(match, { synonyms }));
}

/**
 * Check every entry, or only `only` (uids) against all the others. Cost: one search per phrasing
 * checked, so checking one entry as it is edited is cheap.
 */
export function findDuplicates(entries: readonly StudioEntry[], options: { synonyms?: string[][]; only?: ReadonlySet<string> } = {}): Duplicates {
  const byUid = new Map(entries.map((e) => [e.uid, e]));
  const checked = (e: StudioEntry) => !options.only || options.only.has(e.uid);

  const owners = new Map<string, { uid: string; phrasing: string }[]>();
  for (const e of entries) {
    for (const p of phrasingsOf(e)) {
      const key = questionKey(p);
      if (!key) continue;
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.uid === e.uid)) list.push({ uid: e.uid, phrasing: p });
      owners.set(key, list);
    }
  }
  const same: SamePhrasing[] = [];
  const shared = new Set<string>();
  for (const [key, list] of owners) {
    if (list.length < 2 || !list.some((o) => checked(byUid.get(o.uid)!))) continue;
    shared.add(key);
    same.push({
      kind: 'same',
      key,
      entries: list.map((o) => {
        const e = byUid.get(o.uid)!;
        return { uid: e.uid, id: e.id, title: e.title, phrasing: o.phrasing };
      }),
    });
  }

  const outranked: Outranked[] = [];
  const matcher = wordingMatcher(entries, options.synonyms ?? []);
  for (const e of entries) {
    if (!checked(e)) continue;
    for (const p of phrasingsOf(e)) {
      if (shared.has(questionKey(p))) continue; // already reported as the same phrasing
      const hits = matcher.search(p, { top: 5 });
      const top = hits[0];
      if (!top || top.id === e.uid) continue;
      const winner = byUid.get(top.id);
      if (!winner) continue;
      const own = hits.find((h) => h.id === e.uid);
      outranked.push({
        kind: 'outranked',
        uid: e.uid,
        id: e.id,
        title: e.title,
        phrasing: p,
        winner: { uid: winner.uid, id: winner.id, title: winner.title, score: top.score },
        ...(own ? { ownScore: own.score } : {}),
      });
    }
  }
  return { same, outranked };
}
