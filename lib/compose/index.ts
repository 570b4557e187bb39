// The suggested reply: the same correct answer, opened and closed in the tone the buyer needs.
// Pure logic (no browser API), shared by the side panel and the CLI.
import { scriptSchema, type EmotionLabel, type Script } from '../pack/schema';
import type { EmotionResult } from '../emotion/types';
import { fallbackEmotions, pickScript } from './pick';
import { isChinese, joinParts } from './join';

export interface ComposedPart {
  kind: 'opener' | 'answer' | 'closer' | 'standalone';
  text: string;
  scriptId?: string;
}

export interface ComposedReply {
  parts: ComposedPart[];
  /** The parts joined; the agent edits this before inserting it. */
  text: string;
}

export interface ComposeInput {
  /** Absent: no knowledge entry matched. */
  answer?: string;
  entry?: { category?: string; tones?: Partial<Record<EmotionLabel, string>> };
  emotion: EmotionResult;
  scripts: Script[];
  locale?: string;
}

const careLabels: ReadonlySet<EmotionLabel> = new Set(['angry', 'anxious', 'disappointed', 'threatening']);
/** Praise must be this clear before the "glad you are happy" opener fits; a bare 谢谢 gets the neutral one. */
const CLEAR_PRAISE = 0.6;

function validScripts(scripts: unknown): Script[] {
  if (!Array.isArray(scripts)) return [];
  const out: Script[] = [];
  for (const s of scripts) {
    const r = scriptSchema.safeParse(s);
    if (r.success) out.push(r.data);
  }
  return out;
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? x : undefined;
}

/**
 * The feelings to answer, most important first. Upset buyers: their care labels by score (then
 * confusion), each followed by its fallbacks. Calm buyers: only the light neutral/positive scripts,
 * never an apology.
 */
function toneOrder(emotion: EmotionResult): { labels: EmotionLabel[]; calm: boolean } {
  const present = (Array.isArray(emotion?.emotions) ? emotion.emotions : []).filter((e) => e && typeof e.label === 'string');
  const care = present.filter((e) => careLabels.has(e.label)).map((e) => e.label);
  if (care.length) {
    // de-escalation comes first: threat, then anger, whatever else scored higher
    if (needsDeEscalation(emotion)) care.sort((x, y) => deEscalationRank(x) - deEscalationRank(y));
    const labels: EmotionLabel[] = [];
    for (const l of care) for (const x of [l, ...(fallbackEmotions[l] ?? [])]) if (!labels.includes(x)) labels.push(x);
    if (present.some((e) => e.label === 'confused')) labels.push('confused');
    return { labels, calm: false };
  }
  if (present.some((e) => e.label === 'confused')) return { labels: ['confused'], calm: false };
  const praise = present.find((e) => e.label === 'positive')?.score ?? 0;
  return { labels: praise >= CLEAR_PRAISE ? ['positive', 'neutral'] : ['neutral'], calm: true };
}

const deEscalationRank = (l: EmotionLabel) => (l === 'threatening' ? 0 : l === 'angry' ? 1 : 2);

/** A threatening buyer, or an angry one at high urgency, is calmed down first, answer or not. */
function needsDeEscalation(emotion: EmotionResult): boolean {
  const labels = new Set((emotion?.emotions ?? []).map((e) => e.label));
  return labels.has('threatening') || (labels.has('angry') && emotion?.urgency === 'high');
}

export function composeReply(input: ComposeInput): ComposedReply {
  const scripts = validScripts(input?.scripts);
  const emotion = input?.emotion;
  const category = str(input?.entry?.category);
  const { labels, calm } = toneOrder(emotion);

  // A tone variant of the answer written for this feeling replaces the plain answer.
  let answer = str(input?.answer);
  let toneVariant = false;
  const tones = input?.entry?.tones;
  let variantFor: EmotionLabel | undefined;
  if (answer && tones && typeof tones === 'object') {
    // An upset buyer gets a variant written for one of their care feelings, in the order they are answered (a
    // "thanks, but it hasn't moved in three days, I'm worried" buyer is not sent the variant for praise).
    const felt = (emotion?.emotions ?? []).map((e) => e?.label).filter((l): l is EmotionLabel => typeof l === 'string');
    const order = calm ? [emotion?.main, ...felt].filter((l): l is EmotionLabel => typeof l === 'string') : labels.filter((l) => felt.includes(l));
    for (const l of order) {
      const variant = str(tones[l]);
      if (variant) {
        answer = variant;
        toneVariant = true;
        variantFor = l;
        break;
      }
    }
  }

  const first = (position: Script['position']): Script | undefined => {
    for (const l of labels) {
      const s = pickScript(scripts, l, position, category);
      if (s) return s;
    }
    return undefined;
  };

  const parts: ComposedPart[] = [];
  if (answer) {
    // A tone variant already opens in the right tone: a script opener on top would apologise twice. A threat is the
    // exception: a variant written for anger does not answer it, so its opener stays.
    const threatUnanswered = labels[0] === 'threatening' && variantFor !== 'threatening';
    const opener = toneVariant && !threatUnanswered ? undefined : first('opener');
    if (opener) parts.push({ kind: 'opener', text: opener.text, scriptId: opener.id });
    parts.push({ kind: 'answer', text: answer });
    const closer = first('closer');
    if (closer) parts.push({ kind: 'closer', text: closer.text, scriptId: closer.id });
  } else if (!calm) {
    // No entry matched: an upset buyer still gets words that calm them while the agent looks into it.
    const standalone = first('standalone');
    if (standalone) parts.push({ kind: 'standalone', text: standalone.text, scriptId: standalone.id });
    else if (needsDeEscalation(emotion)) {
      const opener = first('opener');
      if (opener) parts.push({ kind: 'opener', text: opener.text, scriptId: opener.id });
    }
  }

  const zh = isChinese(input?.locale, parts.map((p) => p.text).join(''));
  return { parts, text: joinParts(parts.map((p) => p.text), zh) };
}
