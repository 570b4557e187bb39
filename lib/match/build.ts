// Building the stored index: runs once when a pack is imported, so opening the panel or waking the
// worker never re-tokenises entries. BM25F: each field's term counts are length-normalised and
// weighted (questions > title > keywords > answer) before one saturation, so a word said in the
// buyer phrasings counts more than the same word deep in the answer.
import { normalizeForMatch } from './normalize';
import { analyzeNormalized } from './tokenize';
import { synonymsFor } from './synonyms';
import type { IndexedEntryMeta, MatchEntry, SearchIndexData } from './types';

export const INDEX_VERSION = 1;

/** BM25 saturation. */
export const K1 = 1.2;

/** Field weight and length-normalisation strength. */
const FIELDS = {
  questions: { weight: 3, b: 0.75 },
  title: { weight: 2, b: 0.5 },
  keywords: { weight: 2.5, b: 0 },
  answer: { weight: 0.5, b: 0.75 },
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** ms epoch of an ISO date; a date-only end date means the end of that day (UTC). */
function parseDate(s: string | undefined, endOfDay: boolean): number | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  return endOfDay && DATE_ONLY.test(s.trim()) ? t + DAY_MS - 1 : t;
}

function meta(e: MatchEntry): IndexedEntryMeta {
  const m: IndexedEntryMeta = { id: String(e.id) };
  const products = (Array.isArray(e.products) ? e.products : [])
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.normalize('NFKC').toLowerCase().trim())
    .filter(Boolean);
  if (products.length) m.products = products;
  const from = parseDate(e.validFrom, false);
  const until = parseDate(e.validUntil, true);
  const review = parseDate(e.reviewBy, false);
  if (from !== undefined) m.validFrom = from;
  if (until !== undefined) m.validUntil = until;
  if (review !== undefined) m.reviewBy = review;
  return m;
}

export function buildIndex(entries: MatchEntry[], options: { synonyms?: string[][] } = {}): SearchIndexData {
  const packSynonyms = (Array.isArray(options.synonyms) ? options.synonyms : [])
    .filter(Array.isArray)
    .map((g) => g.filter((t) => typeof t === 'string'))
    .filter((g) => g.length >= 2);
  const syn = synonymsFor(packSynonyms);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = terms.length;
      termIds.set(t, id);
      terms.push(t);
    }
    return id;
  };
  const ids = (text: string, words = true): number[] =>
    analyzeNormalized(normalizeForMatch(text), syn, { words }).tokens.map((t) => idOf(t.term));

  // Pass 1: analyse every field once.
  // Callers pass validated packs, but a missing field must not throw (it simply matches nothing).
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const strs = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);
  const analysed = entries.map((e) => {
    const title = ids(str(e.title));
    const questions = strs(e.questions).map((q) => ids(q));
    const keywords = strs(e.keywords).map((k) => ids(k));
    // Answers are long and weakly weighted: bigrams are enough, and the segmenter is the costly part.
    return { title, questions, keywords, answer: ids(str(e.answer), false) };
  });
  // Terms of one field of one entry (questions and keywords are several texts in one field).
  const fieldLists = (a: (typeof analysed)[number]): [Field, number[][]][] => [
    ['questions', a.questions],
    ['title', [a.title]],
    ['keywords', a.keywords],
    ['answer', [a.answer]],
  ];
  const lengthOf = (lists: number[][]) => lists.reduce((sum, l) => sum + l.length, 0);

  const totalLen: Record<Field, number> = { questions: 0, title: 0, keywords: 0, answer: 0 };
  for (const a of analysed) for (const [f, lists] of fieldLists(a)) totalLen[f] += lengthOf(lists);
  const avgLen = {} as Record<Field, number>;
  for (const f of FIELD_NAMES) avgLen[f] = Math.max(1, totalLen[f] / Math.max(1, analysed.length));

  // Pass 2: BM25F weight of each term in each entry (one reusable accumulator, no Map per entry).
  const postings: number[][] = terms.map(() => []);
  const df = new Array<number>(terms.length).fill(0);
  const acc = new Float64Array(terms.length);
  const seen: number[] = [];
  analysed.forEach((a, entryIdx) => {
    for (const [f, lists] of fieldLists(a)) {
      const len = lengthOf(lists);
      if (!len) continue;
      const { weight, b } = FIELDS[f];
      const norm = weight / (1 - b + (b * len) / avgLen[f]);
      for (const list of lists) {
        for (const t of list) {
          if (acc[t] === 0) seen.push(t);
          acc[t] = acc[t]! + norm;
        }
      }
    }
    for (const t of seen) {
      const w = acc[t]!;
      const sat = (w * (K1 + 1)) / (w + K1);
      postings[t]!.push(entryIdx, Math.round(sat * 1e4) / 1e4);
      df[t]!++;
      acc[t] = 0;
    }
    seen.length = 0;
  });
  const n = entries.length;
  const idf = df.map((d) => Math.round(Math.log(1 + (n - d + 0.5) / (d + 0.5)) * 1e4) / 1e4);
  const unique = (list: number[]) => [...new Set(list)];

  return {
    version: INDEX_VERSION,
    entries: entries.map(meta),
    terms,
    idf,
    postings,
    phrasings: analysed.map((a) => [a.title, ...a.questions].map(unique)),
    keywords: analysed.map((a) => unique(a.keywords.flat())),
    synonyms: packSynonyms,
  };
}
