// From the rows of a thread to "what is the buyer asking now": the newest burst of buyer messages.
import { fold } from '../emotion/normalize';
import { isNudge } from '../emotion/nudges';
import { capText, MAX_MESSAGE_CHARS } from './text';

/** seller = the shop's side (agent or robot): it answers, so it ends a burst. system/other rows are ignored. */
export type RowRole = 'buyer' | 'seller' | 'system' | 'other';
export type RowKind = 'text' | 'image' | 'card' | 'empty';

export interface ThreadRow {
  role: RowRole;
  kind: RowKind;
  /** Normalised, capped text ('' for non-text rows). */
  text: string;
  truncated?: boolean;
}

export interface PickedQuestion {
  question: string;
  /** The messages merged into `question`, then any nudges the buyer sent after it ("在吗", "？"), oldest first. */
  questionParts: string[];
  previous: string[];
  nonText?: 'image' | 'card' | 'empty';
  truncated?: boolean;
  /** The shop's latest text reply after the question, if any (the reply the agent sent). */
  lastReply?: string;
}

/** Buyers type "在吗" / "这个" / "什么时候发货" as separate messages: merge at most this many… */
export const MAX_BURST_PARTS = 3;
/** …and only earlier parts this short (a long earlier message is a question of its own). */
export const SHORT_PART_CHARS = 30;
export const MAX_PREVIOUS = 5;

/** A nudge worth folding into the question before it has letters or question marks ("在吗", "？", "hello?"). */
const SAYS_SOMETHING = /[\p{L}?？]/u;

export function pickQuestion(rows: readonly ThreadRow[]): PickedQuestion {
  let newest = -1;
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    if (rows[i]!.role === 'buyer') {
      newest = i;
      break;
    }
  }
  if (newest < 0) return { question: '', questionParts: [], previous: [] };

  const newestRow = rows[newest]!;
  const nonText = newestRow.kind === 'text' ? undefined : newestRow.kind;

  // Nudges at the end of the burst ("在吗", "？", "anyone there") say nothing new: the question is the last
  // substantive message before them, as long as no shop reply came in between. They stay in questionParts
  // (after it) so urgency still sees the chasing; only a burst of nothing but nudges is its own question.
  const nudges: ThreadRow[] = [];
  let i = newest;
  for (; i >= 0; i -= 1) {
    const row = rows[i]!;
    if (row.role === 'seller') break;
    if (row.role !== 'buyer' || row.kind !== 'text') continue;
    // an emoji-only message (😡😡😡) carries a feeling the agent must see: it stays the question
    if (!SAYS_SOMETHING.test(row.text) || !isNudge(fold(row.text))) break;
    nudges.push(row);
  }
  if (i < 0 || rows[i]!.role === 'seller') i = newest;
  const trailing = i === newest ? [] : nudges.slice(0, MAX_BURST_PARTS).reverse();

  // Walk back through the burst: buyer rows until a seller row; non-text buyer rows and notices are skipped.
  const parts: ThreadRow[] = [];
  for (; i >= 0; i -= 1) {
    const row = rows[i]!;
    if (row.role === 'seller') break;
    if (row.role !== 'buyer' || row.kind !== 'text') continue;
    if (parts.length === 0) {
      parts.push(row);
      continue;
    }
    if (parts.length >= MAX_BURST_PARTS || row.text.length > SHORT_PART_CHARS) break;
    parts.push(row);
  }
  parts.reverse();

  // Earlier buyer texts, before the first merged part (the row that stopped the burst included).
  const previous: string[] = [];
  for (let j = i; j >= 0 && previous.length < MAX_PREVIOUS; j -= 1) {
    const row = rows[j]!;
    if (row.role === 'buyer' && row.kind === 'text' && row.text) previous.push(row.text);
  }
  previous.reverse();

  const questionParts = [...parts, ...trailing].map((p) => p.text);
  const merged = capText(parts.map((p) => p.text).join(' '), MAX_MESSAGE_CHARS);
  const truncated = merged.truncated || parts.some((p) => p.truncated);
  // What the shop answered after the question (gap reports may carry it).
  let lastReply: string | undefined;
  for (let k = rows.length - 1; k > newest; k -= 1) {
    const row = rows[k]!;
    if (row.role === 'seller' && row.kind === 'text' && row.text) {
      lastReply = row.text;
      break;
    }
  }
  return {
    question: merged.text,
    questionParts,
    previous,
    ...(lastReply ? { lastReply } : {}),
    ...(nonText ? { nonText } : {}),
    ...(truncated ? { truncated: true } : {}),
  };
}
