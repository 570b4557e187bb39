import { hasCueBefore } from './guards';
import { spans, type Candidate } from './types';

// Resident ID cards (GB 11643): 18 digits = 6-digit region + birth date + 3-digit sequence + a check
// character (ISO 7064 MOD 11-2, X for 10); the old 15-digit form has a 2-digit year and no check.
// A failed checksum still counts after an ID cue (a typo doesn't make it less personal). Buyers group
// the 18 characters any way they like ("110105 194912 31002X", "1101 0519 …", "110105-19491231-002X"):
// one space or dash may sit between any two, and the shape is checked without them.
const id18 = /(?<![\dA-Za-z])(?<![\dA-Za-z][\s-])[1-9](?:[\s-]?\d){16}[\s-]?[\dXx](?![\dA-Za-z])(?![\s-][\dA-Za-z])/g;
const id18Shape = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/;
const id15 = /(?<![\dA-Za-z])(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\d{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![\dA-Za-z])/g;
const cue = /身份证|身分证|证件|ID\s*(?:card|no|number|#)|identity/i;

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export function validId18(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * (weights[i] ?? 0);
  return checkChars[sum % 11] === s[17];
}

export function detectIdCard(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, end, match } of spans(id18, text)) {
    if (!id18Shape.test(match[0].replace(/[\s-]/g, ''))) continue;
    const cued = hasCueBefore(text, start, cue);
    if (cued || validId18(match[0])) out.push({ kind: 'id', start, end, score: cued ? 95 : 85, detector: 'id-card' });
  }
  for (const { start, end } of spans(id15, text)) {
    out.push({ kind: 'id', start, end, score: hasCueBefore(text, start, cue) ? 95 : 40, detector: 'id-card' });
  }
  return out;
}
