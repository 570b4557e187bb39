import { spans, type Candidate } from './types';

// Mainland mobile numbers: 1[3-9]x + 8 digits, optionally +86/0086/86-prefixed, spaced 3-4-4 or
// dashed, or already half-hidden by the console (138****5678: the rest still identifies the buyer).
const mobile = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}[\s-]?\d{4}|[*xX]{4}\d{4})(?!\d)/g;

export function detectPhoneCn(text: string): Candidate[] {
  return spans(mobile, text).map(({ start, end }) => ({ kind: 'phone', start, end, score: 70, detector: 'phone-cn' }));
}
