import type { UsageEvent } from '../db/types';
import { entryKeysOf, isUsableEvent, questionIdOf, USE_TYPES } from './events';

// The options page's usage view, computed from the local event log: how many buyer questions the
// agent saw, how many got a suggestion used, which entries need review, and when and where the work is.

export const DAY_MS = 86_400_000;

/** When an entry is marked "needs review". */
export const REVIEW_RULES = {
  /** Negative feedback: at least this many votes… */
  minVotes: 3,
  /** …of which at least this share are thumbs-down. */
  negativeShare: 0.3,
  /** Rarely used: shown at least this many times… */
  minShown: 10,
  /** …and used (inserted or copied) less often than this share of the times it was shown. */
  minUseRate: 0.1,
} as const;

export type ReviewReason = 'negative-feedback' | 'rarely-used';

export interface EntryUsage {
  key: string;
  /** The entry's title, or its key when the entry is no longer loaded. */
  title: string;
  category?: string;
  shown: number;
  /** Times the entry was used: inserted or copied. */
  inserted: number;
  up: number;
  down: number;
  flagged: number;
  /** down / (up + down); 0 without votes. */
  negativeShare: number;
  needsReview: boolean;
  reasons: ReviewReason[];
}

export interface UsageSummary {
  /** The window the numbers cover (ms since the epoch), when `days` was given. */
  from?: number;
  to?: number;
  questionsSeen: number;
  /** Questions for which the agent used a suggestion. */
  answered: number;
  /** answered / questionsSeen; 0 when no question was seen. */
  answerRate: number;
  /** Suggestions used (inserted or copied). */
  inserted: number;
  /** Gap reports made. */
  flagged: number;
  /** Entries needing review first, then the most shown. */
  perEntry: EntryUsage[];
  /** Categories of the entries used, most used first. */
  busiestCategories: { category: string; count: number }[];
  /** Local hours (0–23) with questions, busiest first. */
  busiestHours: { hour: number; count: number }[];
  /** Questions per local hour, index = hour. */
  hours: number[];
}

export interface SummaryOptions {
  /** "Now" for the window (default Date.now()). */
  now?: number;
  /** Only events in the last `days` days up to `now`; all events when absent. */
  days?: number;
}

const sortByCount = <T extends { count: number }>(list: T[], tie: (a: T, b: T) => number) => list.sort((a, b) => b.count - a.count || tie(a, b));

export function summarizeUsage(
  events: readonly UsageEvent[],
  entries: ReadonlyMap<string, { title: string; category?: string }>,
  options: SummaryOptions = {},
): UsageSummary {
  const days = typeof options.days === 'number' && options.days > 0 ? options.days : undefined;
  const to = days === undefined ? undefined : typeof options.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
  const from = to === undefined ? undefined : to - days! * DAY_MS;
  const inWindow = (e: UsageEvent) => from === undefined || (e.at > from && e.at <= to!);
  const list = (Array.isArray(events) ? events : []).filter((e) => isUsableEvent(e) && inWindow(e));

  const perEntry = new Map<string, EntryUsage>();
  const entry = (key: string): EntryUsage => {
    let u = perEntry.get(key);
    if (!u) {
      const known = entries.get(key);
      u = { key, title: known?.title || key, shown: 0, inserted: 0, up: 0, down: 0, flagged: 0, negativeShare: 0, needsReview: false, reasons: [] };
      if (known?.category) u.category = known.category;
      perEntry.set(key, u);
    }
    return u;
  };

  // A question is identified by detail.questionId; questions without one are counted one by one and
  // matched to uses without one by number (capped: a question is answered at most once).
  const questions = new Map<string, boolean>();
  let anonymousQuestions = 0;
  let anonymousUses = 0;
  let inserted = 0;
  let flagged = 0;
  const hours = new Array<number>(24).fill(0);
  const categories = new Map<string, number>();

  for (const e of list) {
    const qid = questionIdOf(e);
    if (e.type === 'question') {
      hours[new Date(e.at).getHours()]!++;
      if (qid === undefined) anonymousQuestions++;
      else if (!questions.has(qid)) questions.set(qid, false);
      continue;
    }
    const keys = entryKeysOf(e);
    if (USE_TYPES.includes(e.type)) {
      inserted++;
      if (qid === undefined) anonymousUses++;
      for (const k of keys) {
        const u = entry(k);
        u.inserted++;
        if (u.category) categories.set(u.category, (categories.get(u.category) ?? 0) + 1);
      }
    } else if (e.type === 'shown') for (const k of keys) entry(k).shown++;
    else if (e.type === 'thumbs-up') for (const k of keys) entry(k).up++;
    else if (e.type === 'thumbs-down') for (const k of keys) entry(k).down++;
    else if (e.type === 'flagged') {
      flagged++;
      for (const k of keys) entry(k).flagged++;
    }
  }
  // Second pass: a use may be logged before its question event is (events are written independently).
  for (const e of list) {
    const qid = questionIdOf(e);
    if (qid !== undefined && USE_TYPES.includes(e.type) && questions.has(qid)) questions.set(qid, true);
  }

  for (const u of perEntry.values()) {
    const votes = u.up + u.down;
    u.negativeShare = votes ? u.down / votes : 0;
    if (votes >= REVIEW_RULES.minVotes && u.negativeShare >= REVIEW_RULES.negativeShare) u.reasons.push('negative-feedback');
    if (u.shown >= REVIEW_RULES.minShown && u.inserted < REVIEW_RULES.minUseRate * u.shown) u.reasons.push('rarely-used');
    u.needsReview = u.reasons.length > 0;
  }

  const questionsSeen = questions.size + anonymousQuestions;
  let answered = Math.min(anonymousUses, anonymousQuestions);
  for (const a of questions.values()) if (a) answered++;
  const summary: UsageSummary = {
    questionsSeen,
    answered,
    answerRate: questionsSeen ? answered / questionsSeen : 0,
    inserted,
    flagged,
    perEntry: [...perEntry.values()].sort(
      (a, b) => Number(b.needsReview) - Number(a.needsReview) || b.shown - a.shown || b.inserted - a.inserted || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    ),
    busiestCategories: sortByCount(
      [...categories].map(([category, count]) => ({ category, count })),
      (a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0),
    ),
    busiestHours: sortByCount(
      hours.flatMap((count, hour) => (count ? [{ hour, count }] : [])),
      (a, b) => a.hour - b.hour,
    ),
    hours,
  };
  if (from !== undefined) {
    summary.from = from;
    summary.to = to;
  }
  return summary;
}
