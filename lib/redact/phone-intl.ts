import { digitCount } from './guards';
import { spans, type Candidate } from './types';

// International numbers: +CC or 00CC, an area group of 1–4 digits, then groups of 2–4 digits (8–15 digits in all, the E.164 limit);
// North-American (415) 555-0132 / 415-555-0132 with separators; UK mobiles 07xxx xxxxxx.
const e164 = /(?<![\w+])(?:\+|00)[1-9]\d{0,2}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\(?\d{2,4}\)?){1,5}(?!\d)/g;
const nanp = /(?<![\w(])(?:\((\d{3})\)\s?|(\d{3})[\s.-])\d{3}[\s.-]\d{4}(?![\d-])/g;
const ukMobile = /(?<!\d)07\d{3}\s?\d{6}(?!\d)/g;
// European national numbers with a trunk 0 and two separators: 020 7946 0958, 030-1234-5678.
const trunk = /(?<![\w.])0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}(?![\d-])/g;

// Toll-free and Chinese service numbers (400/800…) belong to companies, not buyers.
const tollFree = new Set(['400', '800', '888', '877', '866', '855', '844', '833']);

export function detectPhoneIntl(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, end, match } of spans(e164, text)) {
    // "00" is two of the digits: 00 + country + at least 7 more.
    const n = digitCount(match[0]) - (match[0].startsWith('00') ? 2 : 0);
    if (n >= 8 && n <= 15) out.push({ kind: 'phone', start, end, score: 65, detector: 'phone-intl' });
  }
  for (const { start, end, match } of spans(nanp, text)) {
    if (!tollFree.has(match[1] ?? match[2] ?? '')) out.push({ kind: 'phone', start, end, score: 55, detector: 'phone-intl' });
  }
  for (const { start, end } of spans(ukMobile, text)) out.push({ kind: 'phone', start, end, score: 55, detector: 'phone-intl' });
  for (const { start, end, match } of spans(trunk, text)) {
    const n = digitCount(match[0]);
    if (n >= 10 && n <= 11) out.push({ kind: 'phone', start, end, score: 50, detector: 'phone-intl' });
  }
  return out;
}
