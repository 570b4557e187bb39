import { digitCount } from './guards';
import { spans, type Candidate } from './types';

// Chinese passports: E/G + 8 digits, or E + letter + 7 digits (e-passports). Other countries' and
// travel permits' numbers have no telling shape, so they count only after a passport word.
const cn = /(?<![A-Za-z0-9])(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])/g;
const cued = /(?:passport|护照|通行证|travel\s+document)(?:\s*(?:no\.?|number|#|号码|号))?(?:\s*is)?[\s:：#]*([A-Za-z0-9]{6,10})(?![A-Za-z0-9])/dgi;

export function detectPassport(text: string): Candidate[] {
  const out: Candidate[] = spans(cn, text).map(({ start, end }) => ({ kind: 'id', start, end, score: 75, detector: 'passport' }));
  for (const { start, end, match } of spans(cued, text, 1)) {
    if (digitCount(match[1] ?? '') >= 5) out.push({ kind: 'id', start, end, score: 90, detector: 'passport' });
  }
  return out;
}
