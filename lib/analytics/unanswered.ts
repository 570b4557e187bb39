import type { UsageEvent } from '../db/types';
import { groupQuestions, type Group, type GroupOptions } from '../gaps/group';
import { DETAIL, isUsableEvent, questionIdOf, USE_TYPES } from './events';

// "Top unanswered questions": what buyers keep asking that no suggestion answered, grouped by
// similarity so the agent sees needs, not a list of spellings. The texts are masked and stay in the
// browser; only a gap report (masked again, shown to the agent first) ever carries one out.

export interface SeenQuestion {
  /** The masked question. */
  text: string;
  at: number;
  answered: boolean;
}

export interface UnansweredGroup extends Group {
  /** When the group's latest question was seen. */
  lastAt: number;
}

/** Most asked first (ties: most recent first). `ids` are positions in `questions`, as strings. */
export function topUnanswered(questions: readonly SeenQuestion[], n = 10, options: GroupOptions = {}): UnansweredGroup[] {
  const list = Array.isArray(questions) ? questions : [];
  const items = list.flatMap((q, i) => (q && !q.answered && typeof q.text === 'string' ? [{ id: String(i), text: q.text }] : []));
  const at = (id: string) => {
    const t = list[Number(id)]?.at;
    return typeof t === 'number' && Number.isFinite(t) ? t : 0;
  };
  return groupQuestions(items, options)
    .map((g) => ({ ...g, lastAt: g.ids.reduce((m, id) => Math.max(m, at(id)), 0) }))
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt)
    .slice(0, Math.max(0, Math.floor(n)));
}

/**
 * The questions in the event log with whether a suggestion was used for them ('question' events with
 * detail.text; a use with the same detail.questionId, or detail.answered, marks one answered).
 * A question logged twice under one questionId counts once, at its first time.
 */
export function questionsFromEvents(events: readonly UsageEvent[]): SeenQuestion[] {
  const list = (Array.isArray(events) ? events : []).filter(isUsableEvent);
  const used = new Set<string>();
  for (const e of list) {
    const qid = questionIdOf(e);
    if (qid !== undefined && USE_TYPES.includes(e.type)) used.add(qid);
  }
  const out: SeenQuestion[] = [];
  const byId = new Map<string, SeenQuestion>();
  for (const e of [...list].sort((a, b) => a.at - b.at)) {
    if (e.type !== 'question') continue;
    const text = e.detail?.[DETAIL.text];
    if (typeof text !== 'string' || !text.trim()) continue;
    const qid = questionIdOf(e);
    const answered = e.detail?.[DETAIL.answered] === true || (qid !== undefined && used.has(qid));
    if (qid !== undefined) {
      const seen = byId.get(qid);
      if (seen) {
        seen.answered ||= answered;
        continue;
      }
    }
    const q: SeenQuestion = { text, at: e.at, answered };
    if (qid !== undefined) byId.set(qid, q);
    out.push(q);
  }
  return out;
}
