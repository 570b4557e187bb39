import type { EmotionResult, Lang } from '../emotion/types';
import type { WhyCode } from '../emotion/lexicon/types';
import { reason, why, type ReasonCode } from '../emotion/reasons';

// The emotion detector writes its reasons in the buyer's language; the panel shows them in the agent's
// (UI) language, so a zh panel never mixes in English because the buyer typed Latin letters.

// Records, so a code added to the detector without being listed here is a type error.
const reasonCodes: Record<ReasonCode, true> = {
  threat: true, safety: true, strongAnger: true, stuck: true, overdue: true, deadline: true, escalating: true, chasing: true,
  afterSales: true, usage: true, upset: true, confused: true, tracking: true, preSale: true, resolved: true, noProblem: true,
};
const whyCodes: Record<WhyCode, true> = {
  word: true, negated: true, intensified: true, softened: true, profanity: true, emoji: true, emoticon: true,
  exclaim: true, question: true, caps: true, sarcasm: true, time: true, threat: true, waited: true, problem: true, earlier: true,
  nudge: true,
};
const langs: Lang[] = ['zh', 'en'];

const reasonByText = new Map<string, ReasonCode>();
for (const code of Object.keys(reasonCodes) as ReasonCode[]) for (const l of langs) reasonByText.set(reason(code, l), code);
const whyByText = new Map<string, WhyCode>();
for (const code of Object.keys(whyCodes) as WhyCode[]) for (const l of langs) whyByText.set(why(code, l), code);

/** An urgency reason in the UI language (unknown text is shown as it came). */
export function reasonIn(text: string, lang: Lang): string {
  const code = reasonByText.get(text);
  return code ? reason(code, lang) : text;
}

/** An evidence note ("why it counted") in the UI language. */
export function whyIn(text: string | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  const code = whyByText.get(text);
  return code ? why(code, lang) : text;
}

/** Whether the evidence was carried over from an earlier message (not located in the current one). */
export function isEarlierWhy(text: string | undefined): boolean {
  return text !== undefined && whyByText.get(text) === 'earlier';
}

const heated = new Set(['angry', 'threatening']);

/**
 * The buyer's anger or threat comes only from earlier messages: the current message alone is calm, so the panel
 * says where the feeling comes from and lets the agent set it aside for this conversation.
 */
export function carriedOver(conversation: EmotionResult, current: EmotionResult): boolean {
  if (current.emotions.some((e) => heated.has(e.label))) return false;
  return conversation.emotions.some((e) => heated.has(e.label) && e.evidence.length > 0 && e.evidence.every((v) => isEarlierWhy(v.why)));
}
