import { spans, type Candidate } from './types';

// Chinese landlines: area code 010, 02x or 0xxx (with or without brackets), then a 7–8 digit local
// number that never starts with 0/1, and an optional extension. A bare local number counts only
// after a word that says it is a phone.
const area = '0(?:10|2\\d|[3-9]\\d{2})';
const withArea = new RegExp(
  `(?<!\\d)(?:\\(${area}\\)|（${area}）|${area})[\\s-]?[2-9]\\d{6,7}(?:\\s*(?:转|ext\\.?|-)\\s*\\d{1,5})?(?!\\d)`,
  'g',
);
const cuedLocal = /(?:电话|座机|固话|tel|phone)[\s:：]*([2-9]\d{6,7})(?!\d)/dgi;

export function detectLandline(text: string): Candidate[] {
  return [
    ...spans(withArea, text).map(({ start, end }) => ({ start, end, score: 60 })),
    ...spans(cuedLocal, text, 1).map(({ start, end }) => ({ start, end, score: 65 })),
  ].map((s) => ({ ...s, kind: 'phone', detector: 'landline' }));
}
