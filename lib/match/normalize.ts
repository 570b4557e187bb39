// Text normalisation for matching (never for display or emotion: callers keep the original text).
// NFKC folds full-width forms (ＡＢＣ１２３ → abc123) and compatibility characters; Traditional
// characters become Simplified (發貨 → 发货); order numbers, phone numbers, amounts, e-mails and links
// become placeholder words, so "order 1234567" matches "order 7654321"; punctuation and emoji become spaces.
import { T2S, T2S_PHRASES } from './t2s-table';

/** Placeholder words start with this private-use character, which no buyer types. */
export const PLACEHOLDER = '\uE000';

/**
 * Longer texts keep their start and their end (buyers often tell the story first and ask last), so a
 * pasted essay costs no more than a long question.
 */
export const MAX_CHARS = 1_000;
const KEEP_HEAD = 600;

/** Only characters the table knows are visited (a callback per Han character would dominate build time). */
const TRADITIONAL = new RegExp(`[${[...T2S.keys()].join('')}]`, 'g');
/** First characters of T2S_PHRASES: most texts contain none, and skip the phrase pass. */
const PHRASE_HINT = new RegExp(`[${[...new Set(T2S_PHRASES.map(([f]) => f[0]))].join('')}]`);
const ph = (name: string) => ` ${PLACEHOLDER}${name} `;

// Order matters: links and e-mails first (they contain digits), then amounts, phones, long numbers.
const RULES: [RegExp, string][] = [
  [/https?:\/\/\S+|www\.\S+/g, ph('url')],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ph('email')],
  [/(?:us\$|rmb|usd|[$¥€£])\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:元|块钱|块|美元|美金|dollars?\b|usd\b|rmb\b|euros?\b)/g, ph('amount')],
  [/(?:\+?86[\s-]?)?\b1[3-9]\d{9}\b|\+\d[\d\s-]{7,}\d/g, ph('phone')],
  [/\b[a-z]{0,4}\d{6,}[a-z\d]*\b/g, ph('order')],
];

// Negations must survive punctuation stripping: "can't" → "can not", "didnt" → "did not".
const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon['’]?t\b/g, 'will not'],
  [/\bcan['’]?t\b/g, 'can not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need)n['’]?t\b/g, '$1 not'],
  [/n['’]t\b/g, ' not'],
  [/['’](?:s|m|re|ve|ll|d)\b/g, ''],
];

/** Lower-case, NFKC, Simplified, placeholders, no punctuation: the form both sides are matched in. */
export function normalizeForMatch(text: string): string {
  const cut = text.length > MAX_CHARS ? `${text.slice(0, KEEP_HEAD)} ${text.slice(text.length - (MAX_CHARS - KEEP_HEAD))}` : text;
  let s = cut.normalize('NFKC').toLowerCase();
  s = toSimplified(s);
  // Cheap tests first: most texts have no apostrophe-like negation and no digits, links or e-mails.
  if (/n['’]?t\b|['’]/.test(s)) for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  if (/[\d@]|www/.test(s)) for (const [re, to] of RULES) s = s.replace(re, to);
  return s.replace(/[^\p{L}\p{N}\uE000]+/gu, ' ').trim();
}

/** Traditional → Simplified only (no other change), for callers that need just that. */
export function toSimplified(text: string): string {
  let s = text.replace(TRADITIONAL, (c) => T2S.get(c) ?? c);
  if (PHRASE_HINT.test(s)) for (const [from, to] of T2S_PHRASES) s = s.replaceAll(from, to);
  return s;
}
