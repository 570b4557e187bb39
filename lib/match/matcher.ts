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
import type { MatchHit, SearchIndexData, SearchOptions } from './types';

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

  private constructor(private readonly data: SearchIndexData) {
    data.terms.forEach((t, i) => this.termIds.set(t, i));
    this.maxIdf = data.idf.reduce((a, b) => Math.max(a, b), 1);
    this.termWeight = data.terms.map((t, i) => (data.idf[i] ?? this.maxIdf) * kindWeight(t));
    data.entries.forEach((e, i) => this.entryIndex.set(e.id, i));
    this.syn = synonymsFor(data.synonyms);
    this.scores = new Float64Array(data.entries.length);
    this.anyWindow = data.entries.some((e) => e.validFrom !== undefined || e.validUntil !== undefined);
  }

  /** Wrap a stored index (no re-tokenising). An index from another version yields an empty matcher. */
  static fromIndex(data: SearchIndexData): Matcher {
    return new Matcher(isUsableIndex(data) ? data : emptyIndex());
  }

  get size(): number {
    return this.data.entries.length;
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
    for (const q of byWeight) {
      const list = this.data.postings[q.id];
      if (!list) continue;
      const common = touched.length >= TUNING.plentyTouched && q.weight < 0.5 * strongest;
      const addNew = !common && (!q.weak || touched.length < TUNING.candidates);
      for (let i = 0; i < list.length; i += 2) {
        const e = list[i]!;
        if (scores[e] === 0) {
          if (!addNew) continue;
          touched.push(e);
        }
        scores[e]! += q.weight * list[i + 1]!;
      }
    }
    // A shared single character is no reason to consider a learned phrasing.
    const learnedHits = this.learned.candidates(qterms.filter((q) => !q.weak), TUNING.learnedCandidates);
    const candidates = this.topCandidates(touched, now, shown);
    for (const e of learnedHits) if (!candidates.includes(e) && isValidAt(this.data.entries[e]!, now)) candidates.push(e);
    let best = 0;
    for (const e of candidates) best = Math.max(best, scores[e]!);

    // Stage 2: re-rank the candidates.
    const qWeight = new Map<number, number>();
    for (const q of qterms) qWeight.set(q.id, Math.max(qWeight.get(q.id) ?? 0, q.weight));
    const ranked = candidates.map((e) => {
      const overlap = this.bestPhrasingOverlap(qWeight, total, this.data.phrasings[e] ?? []);
      // A phrasing an agent confirmed is as good as BM25's best evidence (learned terms have no postings).
      const learned = this.bestPhrasingOverlap(qWeight, total, this.learned.of(e));
      const bm25 = Math.max(best > 0 ? scores[e]! / best : 0, learned);
      const kw = this.keywordEvidence(e, qWeight);
      const productMatch = shown.length > 0 && matchesProduct(this.data.entries[e]!, shown);
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
        const meta = this.data.entries[r.e]!;
        const hit: MatchHit = {
          id: meta.id,
          score: Math.round(r.score * 1e4) / 1e4,
          why: whyTerms(analysis, this.matchedGroups(r.e, qterms)),
          stale: isStale(meta, now),
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
    this.learned.remove((entry, text) => drop.has(`${this.data.entries[entry]!.id}\u0000${text}`));
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
    const valid = this.anyWindow ? touched.filter((e) => isValidAt(this.data.entries[e]!, now)) : touched;
    const top = topK(valid, scores, TUNING.candidates);
    if (shown.length && valid.length > top.length) {
      const inTop = new Set(top);
      for (const e of valid) if (!inTop.has(e) && matchesProduct(this.data.entries[e]!, shown)) top.push(e);
    }
    return top;
  }

  /** Max over phrasings (term id lists) of the IDF-weighted Dice overlap with the question. */
  private bestPhrasingOverlap(qWeight: Map<number, number>, qTotal: number, phrasings: number[][]): number {
    let best = 0;
    const consider = (terms: number[]) => {
      let shared = 0;
      let total = 0;
      for (const t of terms) {
        const w = this.termWeight[t] ?? 0;
        total += w;
        const q = qWeight.get(t);
        if (q !== undefined) shared += Math.min(q, w);
      }
      const a = TUNING.queryCoverage;
      if (shared > 0) best = Math.max(best, shared / (a * qTotal + (1 - a) * total));
    };
    for (const p of phrasings) consider(p);
    return best;
  }

  /** Share of the entry's keyword weight that the question contains (0..1). */
  private keywordEvidence(entry: number, qWeight: Map<number, number>): number {
    const kws = this.data.keywords[entry];
    if (!kws || kws.length === 0) return 0;
    let shared = 0;
    let total = 0;
    for (const t of kws) {
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
      if (learnedTerms.has(q.id) || hasPosting(this.data.postings[q.id], entry)) groups.push(q.group);
    }
    return groups;
  }
}

/** Characters above which a question is a pasted message rather than a question. */
const LONG_QUERY = 300;

function emptyIndex(): SearchIndexData {
  return { version: INDEX_VERSION, entries: [], terms: [], idf: [], postings: [], phrasings: [], keywords: [], synonyms: [] };
}

/** A stored index of this version whose parallel arrays agree (a stale or damaged one is not used). */
function isUsableIndex(d: SearchIndexData | null | undefined): d is SearchIndexData {
  if (!d || typeof d !== 'object' || d.version !== INDEX_VERSION) return false;
  const arrays = [d.entries, d.terms, d.idf, d.postings, d.phrasings, d.keywords, d.synonyms];
  if (!arrays.every(Array.isArray)) return false;
  return d.terms.length === d.idf.length && d.terms.length === d.postings.length &&
    d.entries.length === d.phrasings.length && d.entries.length === d.keywords.length;
}

function kindWeight(term: string): number {
  const kind = termKind(term);
  if (kind === 'char') return TUNING.charWeight;
  if (kind === 'word' && term.length >= 3 && termKind(term[0]!) === 'char') return TUNING.cjkWordWeight;
  return 1;
}

/** Binary search in a [entry, weight, ...] postings list. */
function hasPosting(list: number[] | undefined, entry: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = list[mid * 2]!;
    if (e === entry) return true;
    if (e < entry) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
