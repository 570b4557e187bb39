import { spans, type Candidate } from './types';

// Chinese landlines: area code 010, 02x or 0xxx (with or without brackets), then a 7–8 digit local
// number that never starts with 0/1 (whole or spaced 3-4/4-4: "0571 8888 7777"), and an optional
// extension. A bare local number counts only after a word that says it is a phone; after one, an
// 8-digit number (Hong Kong, Singapore: "香港手机 9123 4567", "my phone is 91234567") counts too.
const area = '0(?:10|2\\d|[3-9]\\d{2})';
const local = '[2-9](?:\\d{6,7}|\\d{2,3}[\\s-]\\d{4})';
const withArea = new RegExp(
  `(?<!\\d)(?:\\(${area}\\)|（${area}）|${area})[\\s-]?${local}(?:\\s*(?:转|ext\\.?|-)\\s*\\d{1,5})?(?!\\d)`,
  'g',
);
const cuedLocal = new RegExp(
  `(?:电话|座机|固话|手机|(?<![A-Za-z])(?:tel|phone|mobile|cell|whatsapp)(?:\\s*(?:no\\.?|number|#))?(?:\\s+is)?)(?:号码?)?[\\s:：]*(${local})(?![\\d-])`,
  'dgi',
);

export function detectLandline(text: string): Candidate[] {
  return [
    ...spans(withArea, text).map(({ start, end }) => ({ start, end, score: 60 })),
    ...spans(cuedLocal, text, 1).map(({ start, end }) => ({ start, end, score: 65 })),
  ].map((s) => ({ ...s, kind: 'phone', detector: 'landline' }));
}
