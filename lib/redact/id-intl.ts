import { spans, type Candidate } from './types';

// Identity numbers from outside the mainland, only after a word that says what they are (alone each
// is just a short code): Hong Kong A123456(7), Taiwan A123456789, Macau 1234567(8), Singapore NRIC/FIN
// S1234567D, Malaysian MyKad 900101-14-5678, US SSN 123-45-6789.
const cue =
  '(?:(?:香港|澳门|台湾)?(?:身份证|身分证)|证件|(?<![A-Za-z])(?:HKID|NRIC|FIN|MyKad|IC|I/C|SSN|social\\s+security|ID\\s*card|identity\\s*card|ID)(?![A-Za-z]))';
const shape =
  '[A-Z]{1,2}\\d{6}\\s?\\(?[0-9A]\\)?|[A-Z][12]\\d{8}|[STFGM]\\d{7}[A-Z]|[1578]\\d{6}\\s?\\(?\\d\\)?|\\d{6}[\\s-]?\\d{2}[\\s-]?\\d{4}|\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{4}';
const cued = new RegExp(
  `${cue}(?:号码?|\\s*(?:no\\.?|number|#))?(?:\\s*(?:is|是|为))?[\\s:：#]*(${shape})(?![A-Za-z0-9])`,
  'dgi',
);

export function detectIdIntl(text: string): Candidate[] {
  return spans(cued, text, 1).map(({ start, end }) => ({ kind: 'id', start, end, score: 90, detector: 'id-intl' }));
}
