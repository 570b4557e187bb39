import { foldForDetection } from './normalize';
import type { Candidate, DetectContext } from './types';

// Values known from the page, masked wherever they appear: buyer nicknames (and each part of a
// several-word name: "Hi Amy" when the page says "Amy Wong") and the open order's number.
// Latin/digit values match as whole words, case-insensitively (a nickname "tom" must not eat
// "tomorrow"); CJK values match anywhere.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Titles are not part of what identifies a buyer ("Mr Wong" must not mask every "Mr").
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** Every whole-value occurrence of `value` in the (folded) text. */
export function knownSpans(text: string, value: string): { start: number; end: number }[] {
  const lead = /^[A-Za-z0-9]/.test(value) ? '(?<![A-Za-z0-9])' : '';
  const tail = /[A-Za-z0-9]$/.test(value) ? '(?![A-Za-z0-9])' : '';
  const re = new RegExp(`${lead}${escape(value)}${tail}`, 'gi');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A name and, when it has several words, each word of 2+ characters. */
function nameForms(raw: string): string[] {
  // The text was folded before detection (width, Traditional script); fold the name the same way.
  const name = foldForDetection(raw).trim();
  const parts = name.split(/[\s·•]+/).filter((p) => [...p].length >= 2 && !titles.has(p.toLowerCase()));
  return parts.length === 1 && parts[0] === name ? [name] : [name, ...parts];
}

export function detectNames(text: string, ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const raw of ctx.names) {
    if (typeof raw !== 'string') continue;
    for (const name of nameForms(raw)) {
      // One character (or nothing) would mask half the message.
      if ([...name].length < 2 || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      for (const { start, end } of knownSpans(text, name)) out.push({ kind: 'name', start, end, score: 60, detector: 'names' });
    }
  }
  return out;
}

/** The open order's number from the page: masked wherever it appears, whatever its shape. */
export function detectKnownOrders(text: string, ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const raw of ctx.orders) {
    if (typeof raw !== 'string') continue;
    const order = foldForDetection(raw).trim();
    // Short values ("12", "A1") would mask ordinary text.
    if (order.length < 4) continue;
    for (const { start, end } of knownSpans(text, order)) out.push({ kind: 'order', start, end, score: 90, detector: 'order' });
  }
  return out;
}

/** What the page tells about the open conversation, as redact options: the buyer's name and the order. */
export function knownFromPage(context: { buyer?: string; order?: string } | undefined): { names: string[]; orders: string[] } {
  return { names: context?.buyer ? [context.buyer] : [], orders: context?.order ? [context.order] : [] };
}
