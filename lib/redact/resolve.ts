import type { Candidate } from './types';

// Overlapping candidates: the longest span wins (it covers the most of what is personal), then the
// most specific detector (a cue word beats a checksum, a checksum beats a bare shape).
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const byStrength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of byStrength) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
