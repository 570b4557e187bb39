import { analyse, detectLang } from './analyse';
import { evidenceOf, scoresOf, signalsOf } from './result';
import { why } from './reasons';
import { urgencyOf } from './urgency';
import type { Flag } from './lexicon/types';
import { signalLabels, type EmotionResult, type Evidence, type SignalLabel, type Trend } from './types';

// The buyer's recent messages together: earlier feelings fade but stay visible (a buyer who threatened
// two messages ago is still a risk), and a rising temperature raises urgency.

const WINDOW = 5;
/** How much of a feeling carries to the next message; a threat stands longer than a mood. */
const fadeOf = (l: SignalLabel) => (l === 'threatening' ? 0.85 : 0.6);
/** Flags that keep mattering for a few messages (the parcel is still stuck, the threat still stands). */
const lasting: readonly Flag[] = ['stuck', 'threat', 'afterSales', 'usage', 'ship', 'wait'];

/** How upset one message reads, 0..1: anger and threats count fully, worry and disappointment less. */
function heat(s: Record<SignalLabel, number>): number {
  return Math.max(s.angry, s.threatening, 0.8 * s.anxious, 0.7 * s.disappointed);
}

export function trendOf(heats: readonly number[]): Trend {
  const n = heats.length;
  if (n < 2) return 'steady';
  const last = heats[n - 1]!;
  const prev = heats.slice(Math.max(0, n - 4), n - 1);
  const mean = prev.reduce((x, y) => x + y, 0) / prev.length;
  // "stopped working" → "have you read my message?" → "useless.": got angrier, and stayed there
  const rising = n >= 3 && heats[n - 3]! < heats[n - 2]! && heats[n - 2]! <= last;
  // a jump only counts from a buyer who was already upset: "在吗" then "很失望" is a first complaint, not a
  // rising temperature (the last message's own urgency covers it)
  const jumped = last - mean >= 0.15 && Math.max(...prev) >= 0.2;
  if (last >= 0.35 && (jumped || rising)) return 'escalating';
  if (Math.max(...prev) >= 0.35 && mean - last >= 0.2) return 'calming';
  return 'steady';
}

export function detectConversation(messages: readonly string[]): EmotionResult & { trend: Trend } {
  const list = (Array.isArray(messages) ? messages : []).map((m) => (typeof m === 'string' ? m : '')).slice(-WINDOW);
  if (!list.length) list.push('');
  const analyses = list.map((m) => analyse(m));
  const scores = analyses.map((a) => scoresOf(a));
  const n = list.length;
  const current = analyses[n - 1]!;
  const currentText = list[n - 1]!;
  const lang = currentText.trim() ? current.lang : detectLang(list.join('\n'));

  const merged = { ...scores[n - 1]! };
  const carriedFrom = new Map<SignalLabel, number>();
  // "it came today, thanks!" / "问题解决了": what the buyer felt before is over, and so is the case
  const resolved = current.flags.has('resolved');
  for (let i = n - 2; i >= 0 && !resolved; i--) {
    for (const l of signalLabels) {
      const carried = scores[i]![l] * fadeOf(l) ** (n - 1 - i);
      if (carried > merged[l]) {
        merged[l] = carried;
        carriedFrom.set(l, i);
      }
    }
  }

  const evidence = (l: SignalLabel): Evidence[] => {
    const from = carriedFrom.get(l);
    if (from === undefined) return evidenceOf(currentText, current.contributions, l, lang);
    const earlier = evidenceOf(list[from]!, analyses[from]!.contributions, l, lang);
    return earlier.map((e) => ({ text: e.text, start: -1, end: -1, why: why('earlier', lang) }));
  };

  const flags = new Set<Flag>(current.flags);
  if (!resolved) for (let i = Math.max(0, n - 3); i < n - 1; i++) for (const f of analyses[i]!.flags) if (lasting.includes(f)) flags.add(f);

  const trend = trendOf(scores.map(heat));
  const chasing = analyses.slice(-4).filter((a) => a.flags.has('time') || a.flags.has('stuck')).length >= 3;
  const emotions = signalsOf(merged, evidence);
  return {
    emotions,
    main: emotions[0]!.label,
    ...urgencyOf({ scores: merged, flags, lang, escalating: trend === 'escalating' && heat(merged) >= 0.35, chasing }),
    trend,
  };
}
