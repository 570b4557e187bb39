import { hasCueBefore } from './guards';
import { spans, type Candidate } from './types';

// Payment cards: 16–19 digits, bare or in groups of four; American Express 15 digits grouped 4-6-5.
// Without a card word the Luhn check must pass (a random long number passes one time in ten; it is
// then masked as a card rather than an order). A bank's name or where a refund goes is a card word
// too ("建设银行 6217 …", "退款到 6222 …").
const card = /(?<!\d)\d{4}(?:[\s-]?\d{4}){3}(?:[\s-]?\d{1,3})?(?!\d)/g;
const amex = /(?<!\d)3[47]\d{2}[\s-]?\d{6}[\s-]?\d{5}(?![\d-]|\s\d)/g;
const cue =
  /银行卡|卡号|信用卡|储蓄卡|借记卡|银行账号|收款账号|银行|[建工农中招交]行|邮储|退款到|退到|退回到?|打款到|打到|转到|汇到|card|account\s*(?:no|number|#)|bank|refund(?:\s+it)?\s+to|amex/i;

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export function detectBankCard(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, match } of spans(card, text)) {
    const raw = match[0];
    const cued = hasCueBefore(text, start, cue, 16);
    // Try the whole run, then only its first 16 digits (a trailing group may be a separate number).
    const ends: number[] = [raw.length];
    let seen = 0;
    for (let i = 0; i < raw.length; i++) if (/\d/.test(raw[i] ?? '') && ++seen === 16) ends.push(i + 1);
    for (const len of ends) {
      const digits = raw.slice(0, len).replace(/\D/g, '');
      if (digits.length < 16 || digits.length > 19) continue;
      if (cued || luhn(digits)) {
        out.push({ kind: 'card', start, end: start + len, score: cued ? 90 : 70, detector: 'bank-card' });
        break;
      }
    }
  }
  for (const { start, end, match } of spans(amex, text)) {
    const cued = hasCueBefore(text, start, cue, 16);
    if (cued || luhn(match[0].replace(/\D/g, ''))) out.push({ kind: 'card', start, end, score: cued ? 90 : 70, detector: 'bank-card' });
  }
  return out;
}

// IBANs: country + 2 check digits + up to 30 letters/digits, valid under ISO 13616 mod 97.
const iban = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;

export function validIban(raw: string): boolean {
  const s = raw.replace(/\s/g, '');
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return s.length >= 15 && rest === 1;
}

export function detectIban(text: string): Candidate[] {
  return spans(iban, text)
    .filter(({ match }) => validIban(match[0]))
    .map(({ start, end }) => ({ kind: 'card', start, end, score: 80, detector: 'bank-card' }));
}
