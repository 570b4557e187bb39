import type { Flag } from './lexicon/types';
import { reason, type ReasonCode } from './reasons';
import type { Lang, SignalLabel, Urgency } from './types';

/** A label counts as present from this score on (also the display threshold). */
export const PRESENT = 0.35;
/** Below this a care label is a trace, nothing the buyer is asking to have fixed. */
export const TRACE = 0.2;
/** More than a thank-you on its own (0.55): "正在处理，好的谢谢" acknowledges an open case. */
const PRAISE = 0.6;
/** Confusion said outright ("I'm so confused"), more than a how-to question's "how do I" (0.45). */
const CLEAR_CONFUSION = 0.5;
/** Anger this strong is high urgency on its own. */
export const STRONG = 0.6;

export interface UrgencyInput {
  scores: Record<SignalLabel, number>;
  flags: ReadonlySet<Flag>;
  lang: Lang;
  escalating?: boolean;
  chasing?: boolean;
}

/**
 * high: a threat or complaint, a safety or health risk, strong anger, an overdue or stuck shipment, a refund or repair waiting for days,
 * an urgent deadline;
 * medium: after-sales and usage problems, an upset/confused buyer, or a question where an order is; low: pre-sale questions, small talk.
 * Conversation trends move a buyer up one tier.
 */
export function urgencyOf(input: UrgencyInput): { urgency: Urgency; urgencyReasons: string[] } {
  const { scores, flags, lang } = input;
  const high: ReasonCode[] = [];
  if (scores.threatening >= PRESENT) high.push('threat');
  // a product that smoked, shocked or made someone ill is escalated whatever the tone
  if (flags.has('safety')) high.push('safety');
  if (scores.angry >= STRONG) high.push('strongAnger');
  // a code or an email that never came is a login problem, not a parcel stuck on the way; "change my address
  // before it ships" wants it not shipped yet
  if (flags.has('stuck') && !flags.has('digital') && !flags.has('notYet')) high.push('stuck');
  // a refund or repair the buyer has already waited days for ("申请退款三天了", "returned it two weeks ago")
  else if (flags.has('wait') && flags.has('afterSales') && !flags.has('notYet')) high.push('overdue');
  if (flags.has('time') && scores.anxious >= STRONG && !flags.has('digital')) high.push('deadline');

  const medium: ReasonCode[] = [];
  // thanks for a refund or a fix that came ("thank u so much for the refund, super fast") is praise, not a case
  // (no gripe left even below the display threshold: "nice sheets, although the pillowcases were missing" is a case)
  const praiseOnly = scores.positive >= PRAISE && Math.max(scores.angry, scores.anxious, scores.disappointed) < TRACE && scores.confused < PRESENT;
  if (flags.has('afterSales') && !praiseOnly) medium.push('afterSales');
  const usageProblem = flags.has('usage') && (scores.confused >= PRESENT || scores.disappointed >= PRESENT);
  // a code or reset link that did not come, however the buyer feels about it
  const loginProblem = flags.has('digital') && scores.disappointed + scores.anxious + scores.angry >= PRESENT;
  if (usageProblem || loginProblem) medium.push('usage');
  if (scores.angry >= PRESENT || scores.anxious >= PRESENT || scores.disappointed >= PRESENT) medium.push('upset');
  // a how-to question ("how do I link my card?") is asked, not a problem; confusion stated outright is
  if (scores.confused >= CLEAR_CONFUSION) medium.push('confused');
  // "where is my order?": an order to look up, though the buyer is not upset (yet)
  if (flags.has('tracking') && !flags.has('resolved') && !flags.has('preSale') && !medium.length) medium.push('tracking');

  const bumps: ReasonCode[] = [];
  if (input.escalating) bumps.push('escalating');
  if (input.chasing) bumps.push('chasing');

  let tier: Urgency = high.length ? 'high' : medium.length ? 'medium' : 'low';
  const calm: ReasonCode = flags.has('resolved') ? 'resolved' : flags.has('preSale') ? 'preSale' : 'noProblem';
  let codes: ReasonCode[] = tier === 'high' ? high : tier === 'medium' ? medium : [calm];
  if (bumps.length) {
    if (tier === 'low') {
      tier = 'medium';
      codes = bumps;
    } else {
      // already high: its own reasons (a threat, a product that smoked) come before the chasing the panel shows next
      codes = tier === 'high' ? [...codes, ...bumps] : [...bumps, ...codes.filter((c) => c !== 'preSale' && c !== 'noProblem' && c !== 'resolved')];
      tier = 'high';
    }
  }
  return { urgency: tier, urgencyReasons: codes.map((c) => reason(c, lang)) };
}
