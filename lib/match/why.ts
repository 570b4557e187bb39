// The `why` of a suggestion: the stretches of the question whose terms the entry contains. Matched
// Chinese bigrams that overlap are merged back into the phrase the buyer typed (花呗 + 呗借 → 花呗借),
// and adjacent English words into a phrase ("cancel order"), so the agent sees words, not n-grams.
import { PLACEHOLDER } from './normalize';
import { EN_STOP } from './stopwords';
import { segmenter, type Analysis } from './tokenize';

const MAX_WHY = 8;

/**
 * A two-character Chinese stretch that cuts through a longer word (天下 out of 昨天下单) is a bigram
 * artefact, not a reason an agent would recognise. Only words of 2+ characters count as cut: engines
 * segment single characters differently (Node splits 发|货, Chrome keeps 发货), and those must stay.
 */
/** Characters of context either side: enough for the words around a pair, cheap on a 2,000-character paste. */
const AROUND = 6;

function cutsAWord(source: string, s: number, e: number): boolean {
  if (!segmenter) return false; // an engine without Intl.Segmenter: the pair is shown
  const from = Math.max(0, s - AROUND);
  for (const w of segmenter.segment(source.slice(from, Math.min(source.length, e + AROUND)))) {
    const ws = from + w.index;
    const we = ws + w.segment.length;
    if (we - ws >= 2 && ((s > ws && s < we) || (e > ws && e < we))) return true;
  }
  return false;
}

/**
 * Words too weak to be a reason on their own: a lone Chinese character (好, 请), a bare number or placeholder,
 * an English stop word. A stretch made only of these ("好 请", "1") is not shown; at a phrase's ends they are trimmed.
 */
function weakWord(w: string): boolean {
  return (w.length === 1 && /\p{Script=Han}/u.test(w)) || /^[\d#.,]+$/u.test(w) || EN_STOP.has(w.toLowerCase());
}

export function whyTerms(analysis: Analysis, groups: number[]): string[] {
  // Spans in the text before synonym rewriting (支付宝 must not show as a rewritten 付款宝).
  const o = analysis.origin;
  const spans = groups
    .map((g) => analysis.tokens[g])
    .filter((t): t is NonNullable<typeof t> => t !== undefined)
    .map((t) => (o ? [o[2 * t.start]!, o[2 * (t.end - 1) + 1]!] : [t.start, t.end]) as [number, number])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    // Overlapping spans, or spans separated only by one space, become one phrase.
    if (last && s <= last[1] + (analysis.source[last[1]] === ' ' ? 1 : 0)) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: string[] = [];
  for (const [s, e] of merged) {
    if (e - s === 2 && /^\p{Script=Han}{2}$/u.test(analysis.source.slice(s, e)) && cutsAWord(analysis.source, s, e)) continue;
    const words = analysis.source.slice(s, e).replaceAll(PLACEHOLDER, '#').trim();
    // Weak words at either end of a phrase are trimmed ("好 请 7 退货" → "退货"); kept inside ("not received").
    const parts = words.split(/\s+/u);
    while (parts.length && weakWord(parts[0]!)) parts.shift();
    while (parts.length && weakWord(parts[parts.length - 1]!)) parts.pop();
    const shown = parts.join(' ');
    if (shown && !out.includes(shown)) out.push(shown);
    if (out.length >= MAX_WHY) break;
  }
  return out;
}
