import { foldForDetection } from './normalize';
import type { Candidate, DetectContext } from './types';

// Buyer nicknames known from the page, masked wherever they appear. Latin/digit names match as whole
// words, case-insensitively (a nickname "tom" must not eat "tomorrow"); CJK names match anywhere.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function detectNames(text: string, ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const raw of ctx.names) {
    if (typeof raw !== 'string') continue;
    // The text was folded before detection (width, Traditional script); fold the name the same way.
    const name = foldForDetection(raw).trim();
    // One character (or nothing) would mask half the message.
    if ([...name].length < 2 || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const lead = /^[A-Za-z0-9]/.test(name) ? '(?<![A-Za-z0-9])' : '';
    const tail = /[A-Za-z0-9]$/.test(name) ? '(?![A-Za-z0-9])' : '';
    const re = new RegExp(`${lead}${escape(name)}${tail}`, 'gi');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ kind: 'name', start: m.index, end: m.index + m[0].length, score: 60, detector: 'names' });
    }
  }
  return out;
}
