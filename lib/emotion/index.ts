// Emotion and urgency of a buyer's message, with the evidence an agent can see highlighted.
// Pure logic (no browser API): runs in the extension worker, the side panel and the CLI alike.
import { analyse } from './analyse';
import { resultOf } from './result';
import type { EmotionResult } from './types';

export type { EmotionSignal, Evidence, Urgency, EmotionResult, EmotionLabel, Trend } from './types';
export { careLabels } from './types';
export { detectConversation } from './conversation';
export { PRESENT } from './urgency';

/** Never throws: anything that is not a string reads as an empty message (neutral, low urgency). */
export function detectEmotion(text: string): EmotionResult {
  const t = typeof text === 'string' ? text : '';
  return resultOf(t, analyse(t));
}
