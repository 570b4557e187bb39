// Building the stored index: runs once when a pack is imported, so opening the panel or waking the
// worker never re-tokenises entries. BM25F: each field's term counts are length-normalised and
// weighted (questions > title > keywords > answer) before one saturation, so a word said in the
// buyer phrasings counts more than the same word deep in the answer.
import { normalizeForMatch } from './normalize';
import { analyzeNormalized } from './tokenize';
import { synonymsFor } from './synonyms';
import { U32List } from './flat';
import type { EntryRules, MatchEntry, SearchIndexData } from './types';

/** Version 2: flat typed arrays instead of nested number arrays (an older index is rebuilt at start-up). */
export const INDEX_VERSION = 2;

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

/** Products and dates of an entry, or undefined when it has none (most entries). */
function rulesOf(e: MatchEntry): EntryRules | undefined {
  const m: EntryRules = {};
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
  return Object.keys(m).length ? m : undefined;
}

export function buildIndex(entries: MatchEntry[], options: { synonyms?: string[][] } = {}): SearchIndexData {
  const packSynonyms = (Array.isArray(options.synonyms) ? options.synonyms : [])
    .filter(Array.isArray)
    .map((g) => g.filter((t) => typeof t === 'string'))
    .filter((g) => g.length >= 2);
  const syn = synonymsFor(packSynonyms);
  const n = entries.length;
  const termIds = new Map<string, number>();
  const terms: string[] = [];

  // Pass 1: analyse every text once into one flat token list. Each entry's texts are stored in the
  // order title, questions, keywords, answer, so every field is one contiguous stretch of tokens.
  const tokens = new U32List(n * 32);
  const textStart = new U32List(n * 4);
  const entryText = new Uint32Array(n + 1);
  const questionCount = new Uint32Array(n);
  const keywordCount = new Uint32Array(n);
  const addText = (text: string, words = true) => {
    textStart.push(tokens.length);
    for (const t of analyzeNormalized(normalizeForMatch(text), syn, { words }).tokens) {
      let id = termIds.get(t.term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(t.term, id);
        terms.push(t.term);
      }
      tokens.push(id);
    }
  };
  // Callers pass validated packs, but a missing field must not throw (it simply matches nothing).
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const strs = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);
  entries.forEach((e, i) => {
    entryText[i] = textStart.length;
    addText(str(e.title));
    const questions = strs(e.questions);
    for (const q of questions) addText(q);
    const keywords = strs(e.keywords);
    for (const k of keywords) addText(k);
    // Answers are long and weakly weighted: bigrams are enough, and the segmenter is the costly part.
    addText(str(e.answer), false);
    questionCount[i] = questions.length;
    keywordCount[i] = keywords.length;
  });
  entryText[n] = textStart.length;
  textStart.push(tokens.length);
  const tokenAt = (text: number) => textStart.get(text);

  // Token range [from, to) of each field of an entry, in the order the weights are summed.
  const fieldRanges = (e: number): [Field, number, number][] => {
    const title = entryText[e]!;
    const questions = title + 1;
    const keywords = questions + questionCount[e]!;
    const answer = keywords + keywordCount[e]!;
    return [
      ['questions', tokenAt(questions), tokenAt(keywords)],
      ['title', tokenAt(title), tokenAt(questions)],
      ['keywords', tokenAt(keywords), tokenAt(answer)],
      ['answer', tokenAt(answer), tokenAt(answer + 1)],
    ];
  };
  const totalLen: Record<Field, number> = { questions: 0, title: 0, keywords: 0, answer: 0 };
  const ranges = Array.from({ length: n }, (_, e) => fieldRanges(e));
  for (const r of ranges) for (const [f, from, to] of r) totalLen[f] += to - from;
  const avgLen = {} as Record<Field, number>;
  for (const f of FIELD_NAMES) avgLen[f] = Math.max(1, totalLen[f] / Math.max(1, n));

  // Pass 2: BM25F weight of each term in each entry (one reusable accumulator), as (term, weight)
  // pairs in entry order; a counting sort by term then gives each term's postings, entries ascending.
  const df = new Uint32Array(terms.length);
  const acc = new Float64Array(terms.length);
  const seen: number[] = [];
  const pairTerm = new U32List(tokens.length);
  const pairWeight = new U32List(tokens.length);
  const entryPairs = new Uint32Array(n + 1);
  for (let e = 0; e < n; e++) {
    entryPairs[e] = pairTerm.length;
    for (const [f, from, to] of ranges[e]!) {
      const len = to - from;
      if (!len) continue;
      const { weight, b } = FIELDS[f];
      const norm = weight / (1 - b + (b * len) / avgLen[f]);
      for (let i = from; i < to; i++) {
        const t = tokens.get(i);
        if (acc[t] === 0) seen.push(t);
        acc[t] = acc[t]! + norm;
      }
    }
    for (const t of seen) {
      const w = acc[t]!;
      const sat = (w * (K1 + 1)) / (w + K1);
      pairTerm.push(t);
      pairWeight.push(Math.round(sat * 1e4));
      df[t]!++;
      acc[t] = 0;
    }
    seen.length = 0;
  }
  entryPairs[n] = pairTerm.length;
  const postingStart = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postingStart[t + 1] = postingStart[t]! + df[t]!;
  const postingEntries = new Uint32Array(pairTerm.length);
  const postingWeights = new Uint16Array(pairTerm.length);
  const cursor = postingStart.slice(0, terms.length);
  for (let e = 0; e < n; e++) {
    for (let p = entryPairs[e]!; p < entryPairs[e + 1]!; p++) {
      const t = pairTerm.get(p);
      const at = cursor[t]!++;
      postingEntries[at] = e;
      postingWeights[at] = pairWeight.get(p);
    }
  }
  const idf = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const d = df[t]!;
    idf[t] = Math.round(Math.log(1 + (n - d + 0.5) / (d + 0.5)) * 1e4) / 1e4;
  }

  // Distinct term ids of a token range, in order of first occurrence (a stamp per term, no Set).
  const stamp = new Uint32Array(terms.length);
  let generation = 0;
  const addDistinct = (out: U32List, from: number, to: number) => {
    generation++;
    for (let i = from; i < to; i++) {
      const t = tokens.get(i);
      if (stamp[t] === generation) continue;
      stamp[t] = generation;
      out.push(t);
    }
  };
  // Phrasings for re-ranking: the title, then each question (texts title .. last question).
  const phrasingStart = new Uint32Array(n + 1);
  const phrasingTermStart = new U32List(n * 3);
  const phrasingTerms = new U32List(tokens.length);
  const keywordStart = new Uint32Array(n + 1);
  const keywordTerms = new U32List(n);
  for (let e = 0; e < n; e++) {
    const title = entryText[e]!;
    const keywords = title + 1 + questionCount[e]!;
    phrasingStart[e] = phrasingTermStart.length;
    for (let text = title; text < keywords; text++) {
      phrasingTermStart.push(phrasingTerms.length);
      addDistinct(phrasingTerms, tokenAt(text), tokenAt(text + 1));
    }
    keywordStart[e] = keywordTerms.length;
    addDistinct(keywordTerms, tokenAt(keywords), tokenAt(keywords + keywordCount[e]!));
  }
  phrasingStart[n] = phrasingTermStart.length;
  phrasingTermStart.push(phrasingTerms.length);
  keywordStart[n] = keywordTerms.length;

  const rules: SearchIndexData['rules'] = [];
  entries.forEach((e, entry) => {
    const r = rulesOf(e);
    if (r) rules.push({ entry, ...r });
  });
  return {
    version: INDEX_VERSION,
    ids: entries.map((e) => String(e.id)),
    rules,
    terms,
    idf,
    postingStart,
    postingEntries,
    postingWeights,
    phrasingStart,
    phrasingTermStart: phrasingTermStart.toArray(),
    phrasingTerms: phrasingTerms.toArray(),
    keywordStart,
    keywordTerms: keywordTerms.toArray(),
    synonyms: packSynonyms,
  };
}
