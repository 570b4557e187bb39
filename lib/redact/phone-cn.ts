import { foldDigits } from './normalize';
import { spans, type Candidate } from './types';

// Mainland mobile numbers: 1[3-9]x + 8 digits, optionally +86/0086/86-prefixed, spaced 3-4-4 or
// dashed, or already half-hidden by the console (138****5678: the rest still identifies the buyer).
const mobile = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}[\s-]?\d{4}|[*xX]{4}\d{4})(?!\d)/g;
// Numbers written to get past a filter: one separator between any two digits ("1 3 8 1…", "138/1234/5678",
// "138—1234—5678", zero-width spaces), digits as Chinese numerals or circled (seen through foldDigits).
// No digit may sit one separator away on either side: then the run is part of a longer number.
const sep = '[\\s\\-_—–./\\u200b-\\u200d\\u2060\\ufeff]';
const spread = new RegExp(`(?<!\\d)(?<!\\d${sep})(?:(?:\\+|00)?86${sep}?)?1${sep}?[3-9](?:${sep}?\\d){9}(?!${sep}?\\d)`, 'g');

export function detectPhoneCn(text: string): Candidate[] {
  const digits = foldDigits(text);
  return [...spans(mobile, text), ...spans(spread, digits)].map(({ start, end }) => ({ kind: 'phone', start, end, score: 70, detector: 'phone-cn' }));
}
