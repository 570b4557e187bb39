// "I want that cabin so bad", "need season 3 so badly": longing, not a letdown. Pure text in (folded, lower case).

/** A want or need earlier in the same sentence. */
const WANT_BEFORE = /\b(?:want|wanted|wanna|need|needed|crave|craving)\b[^.!?\n]{0,40}$/;

/** Whether "so bad"/"so badly" at [start, end) says how much the writer wants something. */
export function wantsBadly(s: string, start: number, end: number): boolean {
  if (!/^so bad(?:ly)?$/.test(s.slice(start, end))) return false;
  return WANT_BEFORE.test(s.slice(Math.max(0, start - 48), start));
}
