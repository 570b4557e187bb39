import type { Candidate } from './types';

// Overlapping candidates: the longest span wins (it covers the most of what is personal), then the
// most specific detector (a cue word beats a checksum, a checksum beats a bare shape).
// A losing span is not dropped but trimmed to what lies outside the winners: "收件人张伟浙江省…" is a
// name touching an address, and dropping the name would send it in clear text.
export function resolveOverlaps(candidates: readonly Candidate[], text = ''): Candidate[] {
  const byStrength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of byStrength) {
    for (const piece of outside(c, kept, text)) kept.push(piece);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// The parts of `c` not covered by any kept span, without edge spaces; pieces of only punctuation or
// spaces are dropped (they carry nothing personal).
function outside(c: Candidate, kept: readonly Candidate[], text: string): Candidate[] {
  const covering = kept.filter((k) => c.start < k.end && k.start < c.end).sort((a, b) => a.start - b.start);
  if (!covering.length) return [c];
  const pieces: Candidate[] = [];
  const add = (start: number, end: number) => {
    const piece = text.slice(start, end);
    if (text && !/[\p{L}\p{N}]/u.test(piece)) return;
    const lead = text ? piece.length - piece.trimStart().length : 0;
    const tail = text ? piece.length - piece.trimEnd().length : 0;
    pieces.push({ ...c, start: start + lead, end: end - tail });
  };
  let at = c.start;
  for (const k of covering) {
    if (k.start > at) add(at, k.start);
    at = Math.max(at, k.end);
  }
  if (at < c.end) add(at, c.end);
  return pieces;
}
