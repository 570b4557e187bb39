// Searching a stored index. Two stages, so cost does not grow with every entry:
// 1. candidates: BM25F over the inverted index (only entries sharing a term are touched);
// 2. re-ranking of the best few: how well the question matches the entry's closest single phrasing
//    (IDF-weighted overlap measured on both sides, so an entry that also says many other things
//    ranks below one that says just this), plus keyword evidence, learned phrasings and context.
import { analyze, termKind, type Analysis } from './tokenize';
import { synonymsFor, type CompiledSynonyms } from './synonyms';
import { TypoIndex, splitWord } from './typo';
import { contextStrings, isStale, isValidAt, matchesProduct } from './context';
import { whyTerms } from './why';
import { INDEX_VERSION } from './build';
import { TUNING } from './tuning';
import { topK } from './topk';
import { LearnedPhrasings } from './learned';
import { isOffsets, isTyped } from './flat';
import type { EntryRules, MatchHit, SearchIndexData, SearchOptions } from './types';

interface QueryTerm {
  id: number;
  /** A single Chinese character: refines entries found by stronger terms rather than adding new ones. */
  weak: boolean;
  /** idf × kind weight × fuzzy factor. */
  weight: number;
  /** Index of the token group in the analysis (for `why`). */
  group: number;
}

export class Matcher {
  private readonly termIds = new Map<string, number>();
  /** idf × kind weight per term id (learned-only terms appended at the end). */
  private readonly termWeight: number[];
  private readonly entryIndex = new Map<string, number>();
  private readonly syn: CompiledSynonyms;
  private readonly scores: Float64Array;
  private typo: TypoIndex | null = null;
  private readonly maxIdf: number;
  private readonly learned = new LearnedPhrasings();
  /** Whether any entry has a validity window (most packs: none, and the check is skipped). */
  private readonly anyWindow: boolean;
  /** Products and dates per entry (a shared empty object for the many entries without). */
  private readonly rules: EntryRules[];

  private constructor(private readonly data: SearchIndexData) {
    data.terms.forEach((t, i) => this.termIds.set(t, i));
    this.maxIdf = data.idf.reduce((a, b) => Math.max(a, b), 1);
    this.termWeight = data.terms.map((t, i) => (data.idf[i] ?? this.maxIdf) * kindWeight(t));
    data.ids.forEach((id, i) => this.entryIndex.set(id, i));
    this.syn = synonymsFor(data.synonyms);
    this.scores = new Float64Array(data.ids.length);
    this.rules = new Array<EntryRules>(data.ids.length).fill(NO_RULES);
    for (const r of data.rules) if (r.entry < this.rules.length) this.rules[r.entry] = r;
    this.anyWindow = data.rules.some((e) => e.validFrom !== undefined || e.validUntil !== undefined);
  }

  /** Wrap a stored index (no re-tokenising). An index from another version yields an empty matcher. */
  static fromIndex(data: SearchIndexData): Matcher {
    return new Matcher(isUsableIndex(data) ? data : emptyIndex());
  }

  get size(): number {
    return this.data.ids.length;
  }

  search(query: string, options: SearchOptions = {}): MatchHit[] {
    const top = Number.isFinite(options.top) ? Math.max(0, Math.floor(options.top!)) : 5;
    if (typeof query !== 'string' || top === 0) return [];
    // A long paste gets no segmenter words: its bigrams say enough, and the segmenter is the slow part.
    const analysis = analyze(query, this.syn, { words: query.length <= LONG_QUERY });
    if (analysis.tokens.length === 0) return [];
    const { qterms, total } = this.queryTerms(analysis);
    if (qterms.length === 0) return [];
    const now = Number.isFinite(options.now) ? options.now! : Date.now();
    const shown = contextStrings(options.context);

    // Stage 1: BM25F accumulation over the postings of the query terms, strongest terms first.
    // Weak single characters only add entries while candidates are scarce; once plenty of entries
    // are touched, common terms only add to those (an entry sharing nothing but a common word
    // cannot reach the top), which keeps big packs fast.
    const scores = this.scores;
    const touched: number[] = [];
    const byWeight = [...qterms].sort((a, b) => b.weight - a.weight);
    const strongest = byWeight[0]?.weight ?? 0;
    const { postingStart, postingEntries, postingWeights } = this.data;
    for (const q of byWeight) {
      // Learned-only terms have ids past the vocabulary and no postings.
      if (q.id >= this.data.terms.length) continue;
      const common = touched.length >= TUNING.plentyTouched && q.weight < 0.5 * strongest;
      const addNew = !common && (!q.weak || touched.length < TUNING.candidates);
      for (let i = postingStart[q.id]!, end = postingStart[q.id + 1]!; i < end; i++) {
        const e = postingEntries[i]!;
        if (scores[e] === 0) {
          if (!addNew) continue;
          touched.push(e);
        }
        scores[e]! += q.weight * WEIGHT[postingWeights[i]!]!;
      }
    }
    // A shared single character is no reason to consider a learned phrasing.
    const learnedHits = this.learned.candidates(qterms.filter((q) => !q.weak), TUNING.learnedCandidates);
    const candidates = this.topCandidates(touched, now, shown);
    for (const e of learnedHits) if (!candidates.includes(e) && isValidAt(this.rules[e]!, now)) candidates.push(e);
    let best = 0;
    for (const e of candidates) best = Math.max(best, scores[e]!);

    // Stage 2: re-rank the candidates.
    const qWeight = new Map<number, number>();
    for (const q of qterms) qWeight.set(q.id, Math.max(qWeight.get(q.id) ?? 0, q.weight));
    const ranked = candidates.map((e) => {
      const overlap = this.indexedPhrasingOverlap(qWeight, total, e);
      // A phrasing an agent confirmed is as good as BM25's best evidence (learned terms have no postings).
      let learned = 0;
      for (const p of this.learned.of(e)) learned = Math.max(learned, this.phrasingOverlap(qWeight, total, p, 0, p.length));
      const bm25 = Math.max(best > 0 ? scores[e]! / best : 0, learned);
      const kw = this.keywordEvidence(e, qWeight);
      const productMatch = shown.length > 0 && matchesProduct(this.rules[e]!, shown);
      const lexical = TUNING.bm25Share * bm25 + (1 - TUNING.bm25Share) * Math.max(overlap, learned) + TUNING.keywordBonus * kw;
      return { e, score: lexical, productMatch, bm25 };
    });
    for (const e of touched) scores[e] = 0;
    // The product on screen lifts an entry to the top only if it answers the question about as well:
    // "how do I get a refund" must not turn into "how do I charge these earbuds".
    let bestScore = 0;
    for (const r of ranked) bestScore = Math.max(bestScore, r.score);
    for (const r of ranked) if (r.productMatch && r.score < TUNING.productMinShare * bestScore) r.productMatch = false;

    // Ties (same words) go to the stronger BM25 evidence, then to pack order (authors list the main entry first).
    ranked.sort((a, b) => Number(b.productMatch) - Number(a.productMatch) || b.score - a.score || b.bm25 - a.bm25 || a.e - b.e);
    return ranked
      .filter((r) => r.score > 0 && r.score >= (options.minScore ?? 0))
      .slice(0, top)
      .map((r) => {
        const hit: MatchHit = {
          id: this.data.ids[r.e]!,
          score: Math.round(r.score * 1e4) / 1e4,
          why: whyTerms(analysis, this.matchedGroups(r.e, qterms)),
          stale: isStale(this.rules[r.e]!, now),
        };
        if (r.productMatch) hit.productMatch = true;
        return hit;
      });
  }

  /** Teach phrasings: each text becomes an extra phrasing of its entry on this machine. */
  addLearned(phrasings: { entryId: string; text: string }[]): void {
    const items = [];
    for (const p of Array.isArray(phrasings) ? phrasings : []) {
      const entry = this.entryIndex.get(p?.entryId);
      if (entry === undefined || typeof p.text !== 'string') continue;
      const terms = [...new Set(analyze(p.text, this.syn).tokens.map((t) => this.learnedTermId(t.term)))];
      if (terms.length) items.push({ entry, text: p.text, terms });
    }
    this.learned.add(items);
  }

  /** Forget taught phrasings (all of them when no list is given). */
  removeLearned(phrasings?: { entryId: string; text: string }[]): void {
    if (!phrasings) return this.learned.remove();
    const drop = new Set(phrasings.map((p) => `${p?.entryId}\u0000${p?.text}`));
    this.learned.remove((entry, text) => drop.has(`${this.data.ids[entry]}\u0000${text}`));
  }

  /** How many taught phrasings are in use. */
  get learnedCount(): number {
    return this.learned.size;
  }

  /** Term id for a learned phrasing; words the index never saw get ids past the vocabulary. */
  private learnedTermId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termWeight.length;
      this.termIds.set(term, id);
      this.termWeight.push(this.maxIdf * kindWeight(term));
    }
    return id;
  }

  private queryTerms(analysis: Analysis): { qterms: QueryTerm[]; total: number } {
    const qterms: QueryTerm[] = [];
    const seen = new Set<string>();
    let total = 0;
    analysis.tokens.forEach((tok, group) => {
      if (seen.has(tok.term)) return;
      seen.add(tok.term);
      const id = this.termIds.get(tok.term);
      if (id !== undefined) {
        const w = this.termWeight[id]!;
        qterms.push({ id, weight: w, group, weak: termKind(tok.term) === 'char' });
        total += w;
        return;
      }
      // Unknown term: it still counts in the question's total (a question about something the
      // entries never mention should not match them strongly), then we try typo fixes and splits.
      const unknown = this.maxIdf * kindWeight(tok.term);
      total += unknown;
      for (const id of this.fuzzy(tok.term, analysis.text.slice(tok.start, tok.end))) {
        qterms.push({ id, weight: Math.min(this.termWeight[id]!, unknown) * TUNING.fuzzyFactor, group, weak: false });
      }
    });
    // A pasted essay keeps its most informative terms only, so its cost stays bounded.
    if (qterms.length > TUNING.maxQueryTerms) {
      qterms.sort((a, b) => b.weight - a.weight);
      qterms.length = TUNING.maxQueryTerms;
    }
    return { qterms, total };
  }

  private fuzzy(term: string, raw: string): number[] {
    if (termKind(term) !== 'word' || /^[^a-z]/.test(term)) return [];
    const split = splitWord(raw, (s) => this.termIds.has(s));
    if (split.length) return split.map((s) => this.termIds.get(s)!);
    this.typo ??= new TypoIndex(this.typoWords());
    // Prefer the most common of the near words: a typo is usually of a common word.
    return this.typo
      .near(term)
      .sort((a, b) => (this.termWeight[a] ?? 0) - (this.termWeight[b] ?? 0))
      .slice(0, 2);
  }

  /** Words a typo may be meant as: the vocabulary, plus one-word synonym variants ("ship" for canonical "deliv"). */
  private *typoWords(): Generator<[string, number]> {
    for (let i = 0; i < this.data.terms.length; i++) yield [this.data.terms[i]!, i];
    for (const [variant, canonical] of this.syn.enPhrases) {
      const id = this.termIds.get(canonical);
      if (id !== undefined && !variant.includes(' ')) yield [variant, id];
    }
  }

  /** Valid touched entries with the best BM25 scores (plus any product match, which must be seen). */
  private topCandidates(touched: number[], now: number, shown: string[]): number[] {
    const scores = this.scores;
    const valid = this.anyWindow ? touched.filter((e) => isValidAt(this.rules[e]!, now)) : touched;
    const top = topK(valid, scores, TUNING.candidates);
    if (shown.length && valid.length > top.length) {
      const inTop = new Set(top);
      for (const e of valid) if (!inTop.has(e) && matchesProduct(this.rules[e]!, shown)) top.push(e);
    }
    return top;
  }

  /** Max over the entry's indexed phrasings of the IDF-weighted Dice overlap with the question. */
  private indexedPhrasingOverlap(qWeight: Map<number, number>, qTotal: number, entry: number): number {
    const { phrasingStart, phrasingTermStart, phrasingTerms } = this.data;
    let best = 0;
    for (let p = phrasingStart[entry]!, end = phrasingStart[entry + 1]!; p < end; p++) {
      best = Math.max(best, this.phrasingOverlap(qWeight, qTotal, phrasingTerms, phrasingTermStart[p]!, phrasingTermStart[p + 1]!));
    }
    return best;
  }

  /** IDF-weighted Dice overlap of the question with one phrasing: terms[from .. to]. */
  private phrasingOverlap(qWeight: Map<number, number>, qTotal: number, terms: ArrayLike<number>, from: number, to: number): number {
    let shared = 0;
    let total = 0;
    for (let i = from; i < to; i++) {
      const t = terms[i]!;
      const w = this.termWeight[t] ?? 0;
      total += w;
      const q = qWeight.get(t);
      if (q !== undefined) shared += Math.min(q, w);
    }
    const a = TUNING.queryCoverage;
    return shared > 0 ? shared / (a * qTotal + (1 - a) * total) : 0;
  }

  /** Share of the entry's keyword weight that the question contains (0..1). */
  private keywordEvidence(entry: number, qWeight: Map<number, number>): number {
    const { keywordStart, keywordTerms } = this.data;
    let shared = 0;
    let total = 0;
    for (let i = keywordStart[entry]!, end = keywordStart[entry + 1]!; i < end; i++) {
      const t = keywordTerms[i]!;
      const w = this.termWeight[t] ?? 0;
      total += w;
      if (qWeight.has(t)) shared += w;
    }
    return total > 0 ? shared / total : 0;
  }

  /** Token groups of the question that the entry contains (in its index or learned phrasings). */
  private matchedGroups(entry: number, qterms: QueryTerm[]): number[] {
    const groups: number[] = [];
    const learnedTerms = new Set(this.learned.of(entry).flat());
    for (const q of qterms) {
      if (learnedTerms.has(q.id) || this.hasPosting(q.id, entry)) groups.push(q.group);
    }
    return groups;
  }

  /** Binary search in a term's postings (entries ascending). */
  private hasPosting(term: number, entry: number): boolean {
    const { postingStart, postingEntries } = this.data;
    if (term >= this.data.terms.length) return false;
    let lo = postingStart[term]!;
    let hi = postingStart[term + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = postingEntries[mid]!;
      if (e === entry) return true;
      if (e < entry) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** Characters above which a question is a pasted message rather than a question. */
const LONG_QUERY = 300;

/** Posting weights are stored in units of 1e-4: the same doubles as the former `Math.round(w * 1e4) / 1e4`. */
const WEIGHT = Float64Array.from({ length: 65_536 }, (_, k) => k / 1e4);

const NO_RULES: EntryRules = Object.freeze({});

function emptyIndex(): SearchIndexData {
  const none = () => new Uint32Array(1);
  return {
    version: INDEX_VERSION,
    ids: [],
    rules: [],
    terms: [],
    idf: new Float64Array(0),
    postingStart: none(),
    postingEntries: new Uint32Array(0),
    postingWeights: new Uint16Array(0),
    phrasingStart: none(),
    phrasingTermStart: none(),
    phrasingTerms: new Uint32Array(0),
    keywordStart: none(),
    keywordTerms: new Uint32Array(0),
    synonyms: [],
  };
}

/**
 * A stored index of this version whose arrays agree in kind and length (a stale or damaged one is not
 * used). Offsets are not checked one by one: a bad one reads past a list and finds nothing, never throws.
 */
function isUsableIndex(d: SearchIndexData | null | undefined): d is SearchIndexData {
  if (!d || typeof d !== 'object' || d.version !== INDEX_VERSION) return false;
  if (![d.ids, d.rules, d.terms, d.synonyms].every(Array.isArray)) return false;
  const n = d.ids.length;
  const terms = d.terms.length;
  if (!d.rules.every((r) => r && typeof r === 'object' && Number.isInteger(r.entry))) return false;
  if (!isTyped(d.idf, 'Float64Array') || d.idf.length !== terms) return false;
  if (!isTyped(d.postingEntries, 'Uint32Array') || !isTyped(d.postingWeights, 'Uint16Array')) return false;
  if (d.postingWeights.length !== d.postingEntries.length || !isOffsets(d.postingStart, terms, d.postingEntries.length)) return false;
  if (!isTyped(d.phrasingTerms, 'Uint32Array') || !isTyped(d.keywordTerms, 'Uint32Array')) return false;
  if (!isTyped(d.phrasingStart, 'Uint32Array') || d.phrasingStart.length !== n + 1) return false;
  const phrasings = d.phrasingStart[n]!;
  return isOffsets(d.phrasingTermStart, phrasings, d.phrasingTerms.length) && isOffsets(d.keywordStart, n, d.keywordTerms.length);
}

function kindWeight(term: string): number {
  const kind = termKind(term);
  if (kind === 'char') return TUNING.charWeight;
  if (kind === 'word' && term.length >= 3 && termKind(term[0]!) === 'char') return TUNING.cjkWordWeight;
  return 1;
}
