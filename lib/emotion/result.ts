import type { Analysis, Contribution } from './analyse';
import { why } from './reasons';
import { PRESENT, urgencyOf } from './urgency';
import { signalLabels, type EmotionResult, type EmotionSignal, type Evidence, type Lang, type SignalLabel } from './types';

// Turning summed weights into the public result: scores in 0..1, evidence per label, urgency.

/** Saturating map from summed weight to 0..1: one clear word ≈ 0.55, two ≈ 0.8. */
export function squash(raw: number): number {
  return raw <= 0 ? 0 : 1 - Math.exp(-raw / 2.5);
}

const MAX_EVIDENCE = 6;
const round = (x: number) => Math.round(x * 100) / 100;

export function evidenceOf(text: string, contributions: readonly Contribution[], label: SignalLabel, lang: Lang): Evidence[] {
  const mine = contributions.filter((c) => c.label === label && c.weight > 0).sort((a, b) => b.weight - a.weight || a.start - b.start);
  const out: Evidence[] = [];
  for (const c of mine) {
    if (out.some((e) => e.start === c.start && e.end === c.end)) continue;
    out.push({ text: text.slice(c.start, c.end), start: c.start, end: c.end, why: why(c.why, lang) });
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

export function scoresOf(a: Analysis): Record<SignalLabel, number> {
  const out = {} as Record<SignalLabel, number>;
  for (const l of signalLabels) out[l] = squash(a.raw[l]);
  return out;
}

/** Anger from this score on leads over worry (never over a threat). */
const ANGER_LEADS = 0.4;
/** ...and from this one on over disappointment. */
const ANGER_OVER_LETDOWN = 0.5;

/** How much stronger another feeling must be to lead over a threat. */
const THREAT_LEAD = 0.1;

/**
 * Labels at or above PRESENT, highest first; neutral when none. A threat leads unless another feeling is clearly
 * stronger: it is what the agent must answer first (a bad review or a complaint to the platform is on the table),
 * so the badge and the opening script follow it. Clear anger leads over worry.
 */
export function signalsOf(scores: Record<SignalLabel, number>, evidence: (l: SignalLabel) => Evidence[]): EmotionSignal[] {
  const key = (l: SignalLabel) => scores[l] + (l === 'threatening' ? THREAT_LEAD : 0);
  const present = signalLabels.filter((l) => scores[l] >= PRESENT).sort((a, b) => key(b) - key(a) || signalLabels.indexOf(a) - signalLabels.indexOf(b));
  if (!present.length) {
    const top = Math.max(0, ...signalLabels.map((l) => scores[l]));
    return [{ label: 'neutral', score: round(1 - top), evidence: [] }];
  }
  // Clear anger leads over worry and disappointment: a buyer who is angry about a wait ("都五天了还不发，说好的呢")
  // or a fault ("垃圾！鞋底开胶了…你们是眼瞎吗") needs the anger answered first, so angry moves to where the first of
  // them stood
  // (over disappointment only from one clear word on: "说好的赠品没有收到" is let down more than angry)
  const a = present.indexOf('angry');
  const over = (['anxious', 'disappointed'] as const).filter((l) => scores.angry >= (l === 'anxious' ? ANGER_LEADS : ANGER_OVER_LETDOWN));
  const w = Math.min(...over.map((l) => present.indexOf(l)).filter((i) => i >= 0));
  if (a > w) present.splice(w, 0, ...present.splice(a, 1));
  return present.map((label) => ({ label, score: round(scores[label]), evidence: evidence(label) }));
}

export function resultOf(text: string, a: Analysis): EmotionResult {
  const scores = scoresOf(a);
  const emotions = signalsOf(scores, (l) => evidenceOf(text, a.contributions, l, a.lang));
  return { emotions, main: emotions[0]!.label, ...urgencyOf({ scores, flags: a.flags, lang: a.lang }) };
}
