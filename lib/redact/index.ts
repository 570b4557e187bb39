import { detectAccount } from './account';
import { detectAddressEn } from './address-en';
import { detectAddressZh } from './address-zh';
import { detectBankCard, detectIban } from './bank-card';
import { detectEmail } from './email';
import { detectIdCard } from './id-card';
import { detectIdIntl } from './id-intl';
import { placeholder, placeholderPattern, type PiiKind } from './kinds';
import { detectLandline } from './landline';
import { detectNameCues } from './name-cue';
import { detectNameIntros } from './name-intro';
import { detectShippingNames } from './name-shipping';
import { detectKnownOrders, detectNames } from './names';
import { foldForDetection } from './normalize';
import { detectOrder } from './order';
import { detectPassport } from './passport';
import { detectPhoneCn } from './phone-cn';
import { detectPhoneIntl } from './phone-intl';
import { resolveOverlaps } from './resolve';
import { detectTracking } from './tracking';
import type { Candidate, Detector } from './types';

export { piiKinds, placeholder, placeholderPattern, type PiiKind } from './kinds';
export { knownFromPage } from './names';

export interface RedactOptions {
  /** Buyer nicknames known from the page; masked wherever they appear (several-word names also word by word). */
  names?: readonly string[];
  /** Order numbers known from the page; masked wherever they appear. */
  orders?: readonly string[];
}

export interface Redaction {
  kind: PiiKind;
  /** Offsets in the ORIGINAL text (UTF-16 units), end exclusive. */
  start: number;
  end: number;
  /** Which detector found it, for the agent's preview. */
  detector: string;
}

export interface RedactResult {
  text: string;
  found: Redaction[];
}

const detectors: Detector[] = [
  detectPhoneCn,
  detectLandline,
  detectPhoneIntl,
  detectEmail,
  detectIdCard,
  detectIdIntl,
  detectPassport,
  detectBankCard,
  detectIban,
  detectOrder,
  detectTracking,
  detectAccount,
  detectAddressZh,
  detectAddressEn,
  detectNames,
  detectKnownOrders,
  detectNameCues,
  detectNameIntros,
  detectShippingNames,
];

/** Every personal-data span in `text`, before overlaps are resolved (for tests and tuning). */
export function detectAll(text: string, options: RedactOptions = {}): Candidate[] {
  const folded = foldForDetection(text);
  const ctx = { names: Array.isArray(options.names) ? options.names : [], orders: Array.isArray(options.orders) ? options.orders : [] };
  return detectors.flatMap((d) => d(folded, ctx));
}

/**
 * Mask personal data in `text`: each span becomes `〔kind〕`. Placeholders already in the text are left
 * alone, so masking twice gives the same result. Never throws; a non-string becomes ''.
 */
export function redact(text: string, options: RedactOptions = {}): RedactResult {
  const input = typeof text === 'string' ? text : '';
  if (!input) return { text: input, found: [] };
  const reserved = [...input.matchAll(placeholderPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const candidates = detectAll(input, options).filter(
    (c) => c.end > c.start && !reserved.some((r) => c.start < r.end && r.start < c.end),
  );
  const kept = resolveOverlaps(candidates, input);
  let out = '';
  let at = 0;
  for (const c of kept) {
    out += input.slice(at, c.start) + placeholder(c.kind);
    at = c.end;
  }
  out += input.slice(at);
  return { text: out, found: kept.map(({ kind, start, end, detector }) => ({ kind, start, end, detector })) };
}
