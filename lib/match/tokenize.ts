// Text → matching terms. Chinese runs give character bigrams (robust to segmentation differences and
// one-character typos), single characters (weak evidence) and Intl.Segmenter words of 3+ characters
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

/** Hard cap so a 2,000-character paste costs the same as a long question. */
export const MAX_TOKENS = 400;

const RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)|([^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)/gu;

const segmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** The kind of a term, from its shape: decides how much weight it carries. */
export type TermKind = 'char' | 'gram' | 'word';
export function termKind(term: string): TermKind {
  const code = term.codePointAt(0) ?? 0;
  const cjk = (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
  if (!cjk) return 'word';
  const n = term.length;
  return n === 1 ? 'char' : n === 2 ? 'gram' : 'word';
}

function cjkTokens(run: string, offset: number, out: Token[]): void {
  // Han characters are all in the BMP range we care about; index by UTF-16 unit like the text.
  const n = run.length;
  for (let i = 0; i < n; i++) {
    const c = run[i]!;
    if (!ZH_STOP_CHARS.has(c)) out.push({ term: c, start: offset + i, end: offset + i + 1 });
    if (i + 1 < n) out.push({ term: run.slice(i, i + 2), start: offset + i, end: offset + i + 2 });
  }
  if (segmenter && n >= 3) {
    for (const seg of segmenter.segment(run)) {
      if (seg.segment.length >= 3 && seg.isWordLike !== false) {
        out.push({ term: seg.segment, start: offset + seg.index, end: offset + seg.index + seg.segment.length });
      }
    }
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

/** Analyse text that went through `normalizeForMatch`. */
export function analyzeNormalized(normalized: string, syn: CompiledSynonyms): Analysis {
  const { text, origin } = applyZhSynonyms(normalized, syn);
  const tokens: Token[] = [];
  let words: Word[] = [];
  for (const m of text.matchAll(RUNS)) {
    const start = m.index;
    if (m[1] !== undefined) {
      wordTokens(words, syn, tokens);
      words = [];
      cjkTokens(m[1], start, tokens);
    } else if (m[2] !== undefined) {
      const raw = m[2];
      const placeholder = raw.startsWith(PLACEHOLDER);
      const stemmed = placeholder ? '#' + raw.slice(1) : /^\p{N}+$/u.test(raw) ? raw : stem(raw);
      words.push({ raw, stemmed, start, end: start + raw.length });
    }
    if (tokens.length + words.length >= MAX_TOKENS) break;
  }
  wordTokens(words, syn, tokens);
  if (tokens.length > MAX_TOKENS) tokens.length = MAX_TOKENS;
  return { text, tokens, source: normalized, origin };
}

/** Normalise and analyse raw text. */
export function analyze(raw: string, syn: CompiledSynonyms): Analysis {
  return analyzeNormalized(normalizeForMatch(raw), syn);
}

/** Just the terms (with repeats), for indexing. */
export function terms(raw: string, syn: CompiledSynonyms): string[] {
  return analyze(raw, syn).tokens.map((t) => t.term);
}
