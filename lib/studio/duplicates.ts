import { questionKey } from '../gaps/group';
import type { Matcher } from '../match';
import { wordingMatcher } from './wording';
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

/** Each phrasing with its normal form, per entry object (entries are replaced, never changed in place), so
 * checking one edited entry of a big pack normalises only that entry again. */
const keyed = new WeakMap<StudioEntry, { phrasing: string; key: string }[]>();
function keyedPhrasings(e: StudioEntry): { phrasing: string; key: string }[] {
  let v = keyed.get(e);
  if (!v) keyed.set(e, (v = phrasingsOf(e).map((phrasing) => ({ phrasing, key: questionKey(phrasing) }))));
  return v;
}

export interface DuplicateOptions {
  synonyms?: string[][];
  /** Check only these entries (uids) against all the others. */
  only?: ReadonlySet<string>;
  /** A wordingMatcher already built over exactly these entries (building is the expensive part). */
  matcher?: Matcher;
}

/** The work as steps (one per entry searched), so a whole pack can be checked without freezing a page. */
function* steps(entries: readonly StudioEntry[], options: DuplicateOptions, out: Duplicates): Generator<number, void> {
  const byUid = new Map(entries.map((e) => [e.uid, e]));
  const checked = (e: StudioEntry) => !options.only || options.only.has(e.uid);

  const owners = new Map<string, { uid: string; phrasing: string }[]>();
  for (const e of entries) {
    for (const { phrasing: p, key } of keyedPhrasings(e)) {
      if (!key) continue;
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.uid === e.uid)) list.push({ uid: e.uid, phrasing: p });
      owners.set(key, list);
    }
  }
  const shared = new Set<string>();
  for (const [key, list] of owners) {
    if (list.length < 2 || !list.some((o) => checked(byUid.get(o.uid)!))) continue;
    shared.add(key);
    out.same.push({
      kind: 'same',
      key,
      entries: list.map((o) => {
        const e = byUid.get(o.uid)!;
        return { uid: e.uid, id: e.id, title: e.title, phrasing: o.phrasing };
      }),
    });
  }

  const matcher = options.matcher ?? wordingMatcher(entries, options.synonyms ?? []);
  let done = 0;
  for (const e of entries) {
    if (!checked(e)) continue;
    for (const { phrasing: p, key } of keyedPhrasings(e)) {
      if (shared.has(key)) continue; // already reported as the same phrasing
      const hits = matcher.search(p, { top: 5 });
      const top = hits[0];
      if (!top || top.id === e.uid) continue;
      const winner = byUid.get(top.id);
      if (!winner) continue;
      const own = hits.find((h) => h.id === e.uid);
      out.outranked.push({
        kind: 'outranked',
        uid: e.uid,
        id: e.id,
        title: e.title,
        phrasing: p,
        winner: { uid: winner.uid, id: winner.id, title: winner.title, score: top.score },
        ...(own ? { ownScore: own.score } : {}),
      });
    }
    yield ++done;
  }
}

/** Check every entry, or only `only` against all the others. One search per phrasing checked. */
export function findDuplicates(entries: readonly StudioEntry[], options: DuplicateOptions = {}): Duplicates {
  const out: Duplicates = { same: [], outranked: [] };
  for (const _ of steps(entries, options, out));
  return out;
}

/** The same, giving the page a turn every `chunk` entries; `onProgress` gets the share done (0..1). */
export async function findDuplicatesAsync(
  entries: readonly StudioEntry[],
  options: DuplicateOptions & { chunk?: number; onProgress?: (share: number) => void } = {},
): Promise<Duplicates> {
  const out: Duplicates = { same: [], outranked: [] };
  const total = options.only ? options.only.size : entries.length;
  const chunk = Math.max(1, options.chunk ?? 50);
  for (const done of steps(entries, options, out)) {
    if (done % chunk === 0) {
      options.onProgress?.(total ? done / total : 1);
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  options.onProgress?.(1);
  return out;
}
