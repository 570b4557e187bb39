import type { EmotionLabel } from '../pack/schema';

export type { EmotionLabel };

/** A sign that triggered a label, located in the ORIGINAL message for highlighting. */
export interface Evidence {
  /** The words or signs as they appear in the message. */
  text: string;
  /** Offsets into the original message; -1 when not locatable (e.g. carried over from an earlier message). */
  start: number;
  end: number;
  /** Short human note on why it counted, in the message's language. */
  why?: string;
}

export interface EmotionSignal {
  label: EmotionLabel;
  /** 0..1 */
  score: number;
  evidence: Evidence[];
}

export type Urgency = 'high' | 'medium' | 'low';

export interface EmotionResult {
  /** Sorted by score, highest first; `neutral` only when nothing else. */
  emotions: EmotionSignal[];
  main: EmotionLabel;
  urgency: Urgency;
  /** Short human reasons, in the message's language (zh or en). */
  urgencyReasons: string[];
}

export type Trend = 'escalating' | 'calming' | 'steady';

/** Every label except neutral, which is what is left when none of these fire. */
export type SignalLabel = Exclude<EmotionLabel, 'neutral'>;
export const signalLabels: readonly SignalLabel[] = ['angry', 'anxious', 'disappointed', 'confused', 'threatening', 'positive'];
/** The labels that call for a careful, soothing reply. */
export const careLabels: readonly EmotionLabel[] = ['angry', 'anxious', 'disappointed', 'threatening'];

export type Lang = 'zh' | 'en';
