// Text → matching terms. Chinese runs give character bigrams (robust to segmentation differences and
// one-character typos), single characters (they only refine candidates found by stronger terms) and
// Intl.Segmenter words of 3+ characters
// (phrase evidence; 2-character words are already bigrams). Other runs give stemmed words with stop
// words dropped and synonym phrases folded to their canonical term. Each term keeps the span of text it
// came from so a suggestion can show which words matched.
import { PLACEHOLDER, normalizeForMatch } from './normalize';
import { applyZhSynonyms, type CompiledSynonyms } from './synonyms';
import { stem } from './stem';
import { EN_STOP, ZH_STOP_CHARS } from './stopwords';

export interface Token {
  term: string;
  /** Span in the analysed text (`Analysis.text`). */
  start: number;
  end: number;
}

export interface Analysis {
  /** Normalised text with synonyms applied: what `Token` spans point into. */
  text: string;
  tokens: Token[];
  /** The normalised text before synonyms, and where each `text` character came from in it. */
  source: string;
  origin: Int32Array | null;
}

/** Safety cap (normalisation already keeps at most MAX_CHARS characters: about two tokens each). */
export const MAX_TOKENS = 2_500;

export const segmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Han, kana and CJK compatibility ideographs: written without spaces, so cut into n-grams. */
function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xf900 && c <= 0xfaff);
}

/** The kind of a term, from its shape: decides how much weight it carries. */
export type TermKind = 'char' | 'gram' | 'word';
export function termKind(term: string): TermKind {
  if (!isCjk(term.charCodeAt(0))) return 'word';
  const n = term.length;
  return n === 1 ? 'char' : n === 2 ? 'gram' : 'word';
}

function cjkTokens(run: string, offset: number, out: Token[]): void {
  // Indexing by UTF-16 unit like the text; the characters we cut are all in the BMP.
  const n = run.length;
  for (let i = 0; i < n; i++) {
    const c = run[i]!;
    if (!ZH_STOP_CHARS.has(c)) out.push({ term: c, start: offset + i, end: offset + i + 1 });
    if (i + 1 < n) out.push({ term: run.slice(i, i + 2), start: offset + i, end: offset + i + 2 });
  }
}

/** Segmenter words of 3+ CJK characters, one segmenter call for the whole text (calls are costly). */
function segmenterWords(text: string, out: Token[]): void {
  if (!segmenter) return;
  for (const seg of segmenter.segment(text)) {
    const w = seg.segment;
    if (w.length < 3 || seg.isWordLike === false) continue;
    let allCjk = true;
    for (let i = 0; i < w.length && allCjk; i++) allCjk = isCjk(w.charCodeAt(i));
    if (allCjk) out.push({ term: w, start: seg.index, end: seg.index + w.length });
  }
}

interface Word {
  raw: string;
  stemmed: string;
  start: number;
  end: number;
}

function wordTokens(words: Word[], syn: CompiledSynonyms, out: Token[]): void {
  for (let i = 0; i < words.length; ) {
    // Longest synonym phrase starting here wins ("did not receive" before "not").
    let matched = 0;
    for (let len = Math.min(syn.enMaxWords, words.length - i); len >= 1; len--) {
      let key = words[i]!.stemmed;
      for (let k = 1; k < len; k++) key += ' ' + words[i + k]!.stemmed;
      const canon = syn.enPhrases.get(key);
      if (canon !== undefined) {
        out.push({ term: canon, start: words[i]!.start, end: words[i + len - 1]!.end });
        matched = len;
        break;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const w = words[i]!;
    if (!EN_STOP.has(w.raw)) out.push({ term: w.stemmed, start: w.start, end: w.end });
    i++;
  }
}

export interface AnalyzeOptions {
  /** Add Intl.Segmenter words (default true). Off for long answer text, where bigrams suffice. */
  words?: boolean;
}

/** Analyse text that went through `normalizeForMatch` (letters, digits and single spaces only). */
export function analyzeNormalized(normalized: string, syn: CompiledSynonyms, options: AnalyzeOptions = {}): Analysis {
  const { text, origin } = applyZhSynonyms(normalized, syn);
  const tokens: Token[] = [];
  let words: Word[] = [];
  let longestCjkRun = 0;
  // One pass over the characters: a run ends at a space or where CJK meets other letters.
  const n = text.length;
  let start = 0;
  while (start < n && tokens.length + words.length < MAX_TOKENS) {
    const c = text.charCodeAt(start);
    if (c === 32) {
      start++;
      continue;
    }
    const cjk = isCjk(c);
    let end = start + 1;
    while (end < n) {
      const d = text.charCodeAt(end);
      if (d === 32 || isCjk(d) !== cjk) break;
      end++;
    }
    const run = text.slice(start, end);
    if (cjk) {
      wordTokens(words, syn, tokens);
      words = [];
      cjkTokens(run, start, tokens);
      longestCjkRun = Math.max(longestCjkRun, run.length);
    } else {
      const placeholder = run.startsWith(PLACEHOLDER);
      const stemmed = placeholder ? '#' + run.slice(1) : /^\p{N}+$/u.test(run) ? run : stem(run);
      words.push({ raw: run, stemmed, start, end });
    }
    start = end;
  }
  wordTokens(words, syn, tokens);
  if (longestCjkRun >= 3 && options.words !== false && tokens.length < MAX_TOKENS) segmenterWords(text, tokens);
  if (tokens.length > MAX_TOKENS) tokens.length = MAX_TOKENS;
  return { text, tokens, source: normalized, origin };
}

/** Normalise and analyse raw text. */
export function analyze(raw: string, syn: CompiledSynonyms, options: AnalyzeOptions = {}): Analysis {
  return analyzeNormalized(normalizeForMatch(raw), syn, options);
}

/** Just the terms (with repeats), for indexing. */
export function terms(raw: string, syn: CompiledSynonyms): string[] {
  return analyze(raw, syn).tokens.map((t) => t.term);
}
