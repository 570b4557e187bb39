import { analyse, detectLang, negativeLabels as care } from './analyse';
import { fold } from './normalize';
import { changesSubject, isChasing, isNudge } from './nudges';
import { evidenceOf, scoresOf, signalsOf } from './result';
import { why } from './reasons';
import { PRESENT, TRACE, urgencyOf } from './urgency';
import type { Flag } from './lexicon/types';
import { signalLabels, type EmotionResult, type Evidence, type SignalLabel, type Trend } from './types';

// The buyer's recent messages together: earlier feelings fade but stay visible (a buyer who threatened
// two messages ago is still a risk), and a rising temperature raises urgency.

const WINDOW = 5;
/** How much of a feeling carries to the next message; a threat stands longer than a mood. */
const fadeOf = (l: SignalLabel) => (l === 'threatening' ? 0.85 : 0.6);
/** Flags that keep mattering for a few messages (the parcel is still stuck, the threat still stands). */
const lasting: readonly Flag[] = ['stuck', 'threat', 'afterSales', 'usage', 'ship', 'wait', 'safety'];
/** A nudge after an open problem reads as one clear word of impatience. */
const IMPATIENT = 0.55;
/** How much a nudge with impatience of its own raises the temperature. */
const NUDGE_RISE = 0.1;

/** How upset one message reads, 0..1: anger and threats count fully, worry and disappointment less. */
function heat(s: Record<SignalLabel, number>): number {
  return Math.max(s.angry, s.threatening, 0.8 * s.anxious, 0.7 * s.disappointed);
}

export interface TrendOptions {
  /** Some earlier message said something (not only "在吗"), so a first complaint after it is a change. */
  spokeBefore?: boolean;
  /** The last message still shows a care feeling of its own and no calm ("所以到底什么时候补发"): not calming. */
  stillUpset?: boolean;
  /** Chased again, no more softly than the time before ("在吗" → "在吗在吗", "??" → "???"): impatience is growing. */
  chasedAgain?: boolean;
}

/** A first complaint this clear after calm messages is a rise in temperature. */
const CLEARLY_UPSET = 0.5;

export function trendOf(heats: readonly number[], { spokeBefore = false, stillUpset = false, chasedAgain = false }: TrendOptions = {}): Trend {
  const n = heats.length;
  if (n < 2) return 'steady';
  const last = heats[n - 1]!;
  const prev = heats.slice(Math.max(0, n - 4), n - 1);
  const mean = prev.reduce((x, y) => x + y, 0) / prev.length;
  // "stopped working" → "have you read my message?" → "useless.": got angrier, and stayed there
  const rising = n >= 3 && heats[n - 3]! < heats[n - 2]! && heats[n - 2]! <= last;
  const jumped = last - mean >= 0.15 && Math.max(...prev) >= TRACE;
  // calm questions, then a complaint: the temperature went up (its urgency is the complaint's own)
  const firstComplaint = spokeBefore && Math.max(...prev) < TRACE && last >= CLEARLY_UPSET;
  if (last >= PRESENT && (jumped || rising || firstComplaint || chasedAgain)) return 'escalating';
  if (!stillUpset && Math.max(...prev) >= PRESENT && mean - last >= 0.2) return 'calming';
  return 'steady';
}

/** At most this many messages are read, however many nudges the buyer sent. */
const MAX_READ = 12;

/** The last WINDOW messages that said something, with the nudges among and after them: chasing five times must not push the problem chased out of sight. */
function recent(messages: readonly string[]): string[] {
  let said = 0;
  let from = messages.length;
  while (from > 0 && said < WINDOW && messages.length - from < MAX_READ) {
    from--;
    if (!isNudge(fold(messages[from]!))) said++;
  }
  return messages.slice(from);
}

export function detectConversation(messages: readonly string[]): EmotionResult & { trend: Trend } {
  const list = recent((Array.isArray(messages) ? messages : []).map((m) => (typeof m === 'string' ? m : '')));
  if (!list.length) list.push('');
  const analyses = list.map((m) => analyse(m));
  const scores = analyses.map((a) => scoresOf(a));
  const folded = list.map((m) => fold(m));
  const nudges = folded.map(isNudge);
  const n = list.length;
  const current = analyses[n - 1]!;
  const currentText = list[n - 1]!;
  // "？" or "在吗" alone: answer in the language of the chat
  const lang = /[\p{L}]/u.test(currentText) ? current.lang : detectLang(list.join('\n'));

  const merged = { ...scores[n - 1]! };
  const carriedFrom = new Map<SignalLabel, number>();
  // "it came today, thanks!" / "问题解决了": what the buyer felt before is over, and so is the case
  // "对了，这款有白色吗？" after a gripe: the buyer has moved on, and nothing from before is carried
  const moved = changesSubject(folded[n - 1]!) && care.every((l) => merged[l] < PRESENT);
  const resolved = current.flags.has('resolved') || moved;
  // a nudge does not age what came before it ("发错货了" → "在吗" → "在吗" is still about the wrong item), but
  // what came before is at least one message old
  let steps = nudges[n - 1] ? 0 : 1;
  for (let i = n - 2; i >= 0 && !resolved; i--) {
    const age = Math.max(1, steps);
    for (const l of signalLabels) {
      const carried = scores[i]![l] * fadeOf(l) ** age;
      if (carried > merged[l]) {
        merged[l] = carried;
        carriedFrom.set(l, i);
      }
    }
    if (!nudges[i]) steps++;
  }

  const flags = new Set<Flag>(current.flags);
  // the last two messages that said something, and the nudges between them
  let open = false;
  if (!resolved) {
    let said = 0;
    for (let i = n - 2; i >= 0 && said < 2; i--) {
      if (analyses[i]!.flags.has('resolved')) break;
      for (const f of analyses[i]!.flags) if (lasting.includes(f)) flags.add(f);
      if (!nudges[i]) said++;
      // a nudge is chasing, not a problem of its own: "hello?" → "hello??" after a colour question leaves nothing open
      if (!nudges[i] && (lasting.some((f) => analyses[i]!.flags.has(f)) || care.some((l) => scores[i]![l] >= PRESENT))) open = true;
    }
  }
  // "在吗" after "发错货了": chasing an open problem is impatience
  let impatience: Evidence | undefined;
  if (isChasing(folded[n - 1]!) && open && merged.anxious < IMPATIENT) {
    merged.anxious = IMPATIENT;
    carriedFrom.delete('anxious');
    const t = currentText.trim();
    const start = currentText.indexOf(t);
    impatience = { text: t, start, end: start + t.length, why: why('nudge', lang) };
  }

  const evidence = (l: SignalLabel): Evidence[] => {
    if (l === 'anxious' && impatience) return [impatience];
    const from = carriedFrom.get(l);
    if (from === undefined) return evidenceOf(currentText, current.contributions, l, lang);
    const earlier = evidenceOf(list[from]!, analyses[from]!.contributions, l, lang);
    return earlier.map((e) => ({ text: e.text, start: -1, end: -1, why: why('earlier', lang) }));
  };

  // A nudge keeps the temperature of the message before it, and so does a message in between with no feeling
  // of its own ("单号123", "it was a gift"); thanks or "it came" are calm of their own.
  const calmOf = (i: number) => scores[i]!.positive >= PRESENT || analyses[i]!.flags.has('resolved');
  const heats: number[] = [];
  for (let i = 0; i < n; i++) {
    // the impatience read into the last nudge counts (it was under IMPATIENT before)
    const own = heat(i === n - 1 && impatience ? { ...scores[i]!, anxious: IMPATIENT } : scores[i]!);
    const keeps = nudges[i] || (i < n - 1 && own < TRACE && !calmOf(i));
    // a nudge with impatience of its own ("急急急！！", "人呢？？") turns the heat up a little, when there is a problem
    // to chase ("hello???" after a colour question is waiting, not getting angrier)
    const more = nudges[i] && own >= TRACE && open ? NUDGE_RISE : 0;
    // with nothing open, a louder nudge is still only waiting: it keeps the temperature, it does not raise it
    heats.push(i > 0 && keeps ? (nudges[i] && !open ? heats[i - 1]! : Math.max(own, heats[i - 1]! + more)) : own);
  }
  const stillUpset = !calmOf(n - 1) && care.some((l) => scores[n - 1]![l] >= PRESENT);
  // the second nudge in a row after an open problem, at least as insistent as the one before it (the same words
  // again, "在吗" → "在吗", are patience; "在吗" → "在吗在吗", "??" → "???" are not)
  const [lastSaid, saidBefore] = [folded[n - 1]!.trim(), (folded[n - 2] ?? '').trim()];
  const chasedAgain = open && isChasing(folded[n - 1]!) && n >= 3 && nudges[n - 2]! && lastSaid !== saidBefore && lastSaid.length >= saidBefore.length;
  const options: TrendOptions = { spokeBefore: nudges.slice(0, -1).some((x, i) => !x && list[i]!.trim() !== ''), stillUpset };
  const trend = trendOf(heats, { ...options, chasedAgain });
  // growing impatience alone shows in the trend; the problem chased still sets urgency (a router that won't connect
  // stays medium however often "在吗" is asked)
  const feelingRose = trend === 'escalating' && (!chasedAgain || trendOf(heats, options) === 'escalating');
  // escalation lifts urgency only for a buyer who was already upset; a first complaint has its own urgency
  const wasUpset = Math.max(0, ...scores.slice(0, -1).map(heat)) >= TRACE;
  // asked again and again: time pressure, a stuck parcel, or nudges after an open problem
  let asks = 0;
  for (let i = Math.max(0, n - 4); i < n; i++) if (nudges[i] ? open : analyses[i]!.flags.has('time') || analyses[i]!.flags.has('stuck')) asks++;
  const chasing = asks >= 3;
  const emotions = signalsOf(merged, evidence);
  return {
    emotions,
    main: emotions[0]!.label,
    ...urgencyOf({ scores: merged, flags, lang, escalating: feelingRose && wasUpset && heat(merged) >= PRESENT, chasing }),
    trend,
  };
}
