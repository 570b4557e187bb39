import { detectConversation, detectEmotion, type EmotionResult } from '../emotion';
import type { ComposedReply } from '../compose';
import type { VariableValues } from '../pack/variables';
import { deEscalation, proposeReply, type ProposedReply } from '../panel/reply';
import { suggest, type Suggestion } from '../panel/suggest';
import type { StudioKnowledge } from './knowledge';

// "Try a question": the side panel's steps, in its order, on the studio pack. One buyer message per
// line; the last line is the question and the lines before it are the conversation so far.

export interface TryResult {
  question: string;
  previous: string[];
  /** Over the conversation (what the panel composes with). */
  emotion: EmotionResult | null;
  /** Of the question alone: evidence offsets point into it, for highlighting. */
  highlight: EmotionResult | null;
  suggestions: Suggestion[];
  replies: ProposedReply[];
  /** The calming reply the panel offers a threatening or furious buyer. */
  calm: ComposedReply | null;
}

export function splitMessages(text: string): string[] {
  return (typeof text === 'string' ? text : '').split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
}

export function tryQuestion(k: StudioKnowledge, text: string, values: VariableValues, options: { now?: number; top?: number } = {}): TryResult {
  const messages = splitMessages(text);
  const question = messages[messages.length - 1] ?? '';
  const previous = messages.slice(0, -1);
  if (!question) return { question, previous, emotion: null, highlight: null, suggestions: [], replies: [], calm: null };
  const emotion = detectConversation(messages);
  const highlight = detectEmotion(question);
  const suggestions = suggest(k.matcher, k.entries, question, { top: options.top ?? 5, now: options.now });
  const localeOf = (packId: string) => k.packs.find((p) => p.id === packId)?.locale;
  const replies = suggestions.map((s) => proposeReply(s, emotion, k.scripts, k.packs, values, localeOf(s.packId)));
  const calm = deEscalation(emotion, k.scripts, k.packs, question, values);
  return { question, previous, emotion, highlight, suggestions, replies, calm };
}
